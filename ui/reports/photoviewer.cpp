// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/photoviewer.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPixmap>

namespace posko::ui {

PhotoViewer::PhotoViewer(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("photoViewer"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(1200, 700);
    auto *grid = new QGridLayout(this);
    m_beforeCaption = new QLabel(tr("Before (citizen)"), this);
    m_afterCaption = new QLabel(tr("After (squad)"), this);
    m_before = new QLabel(this);
    m_after = new QLabel(this);
    for (QLabel *l : {m_before, m_after}) {
        l->setAlignment(Qt::AlignCenter);
        l->setMinimumSize(200, 150);
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
        l->setStyleSheet(QStringLiteral("QLabel { background:#15191e; color:#c8ccd2; }"));
    }
    m_before->setAccessibleName(tr("Citizen's photo"));
    m_after->setAccessibleName(tr("Squad's after photo"));
    grid->addWidget(m_beforeCaption, 0, 0);
    grid->addWidget(m_afterCaption, 0, 1);
    grid->addWidget(m_before, 1, 0);
    grid->addWidget(m_after, 1, 1);
    grid->setRowStretch(1, 1);
}

void PhotoViewer::showPhotos(const QString &title, const QString &before, const QString &after)
{
    setWindowTitle(title);
    m_beforePixmap = before.isEmpty() ? QPixmap() : QPixmap(before);
    m_afterPixmap = after.isEmpty() ? QPixmap() : QPixmap(after);
    m_before->setVisible(!m_beforePixmap.isNull());
    m_beforeCaption->setVisible(!m_beforePixmap.isNull());
    m_after->setVisible(!m_afterPixmap.isNull());
    m_afterCaption->setVisible(!m_afterPixmap.isNull());
    show();
    raise();
    activateWindow();
    rescale();
}

void PhotoViewer::rescale()
{
    const auto fit = [](QLabel *label, const QPixmap &pm) {
        if (!pm.isNull())
            label->setPixmap(
                pm.scaled(label->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    };
    fit(m_before, m_beforePixmap);
    fit(m_after, m_afterPixmap);
}

void PhotoViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rescale();
}

void PhotoViewer::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace posko::ui
