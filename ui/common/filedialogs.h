// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace posko::ui {

// The command centre's file dialogs: Qt's own (the same on every desktop, and drivable by the
// GUI tests through `objectName`), window-modal, deleted once closed. The caller connects
// fileSelected and calls open().
// Saving: `suffix` is added when the name has none; `suggested` is the proposed file name.
QFileDialog *saveFileDialog(QWidget *parent, const QString &objectName, const QString &title,
                            const QString &suffix, const QString &nameFilter,
                            const QString &suggested = {});
// Choosing an existing file.
QFileDialog *openFileDialog(QWidget *parent, const QString &objectName, const QString &title,
                            const QString &nameFilter);

} // namespace posko::ui
