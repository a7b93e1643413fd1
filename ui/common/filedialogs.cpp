// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/filedialogs.h"

#include <QFileDialog>

namespace posko::ui {

namespace {
QFileDialog *fileDialog(QWidget *parent, const QString &objectName, const QString &title,
                        const QString &nameFilter)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilter(nameFilter);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    return dialog;
}
} // namespace

QFileDialog *saveFileDialog(QWidget *parent, const QString &objectName, const QString &title,
                            const QString &suffix, const QString &nameFilter,
                            const QString &suggested)
{
    QFileDialog *dialog = fileDialog(parent, objectName, title, nameFilter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    if (!suggested.isEmpty())
        dialog->selectFile(suggested);
    return dialog;
}

QFileDialog *openFileDialog(QWidget *parent, const QString &objectName, const QString &title,
                            const QString &nameFilter)
{
    QFileDialog *dialog = fileDialog(parent, objectName, title, nameFilter);
    dialog->setFileMode(QFileDialog::ExistingFile);
    return dialog;
}

} // namespace posko::ui
