// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QWidget>

class QLabel;

namespace posko::ui {

// A report's photos large, in a window of their own: the citizen's photo and the squad's after
// photo side by side when there is one, each scaled to fit. Not modal; Esc closes it.
class PhotoViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoViewer)

public:
    explicit PhotoViewer(QWidget *parent = nullptr);
    // Empty paths are left out. Shows and raises the window.
    void showPhotos(const QString &title, const QString &before, const QString &after);
    QLabel *beforeLabel() const { return m_before; }
    QLabel *afterLabel() const { return m_after; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rescale();

    QLabel *m_before = nullptr;
    QLabel *m_after = nullptr;
    QLabel *m_beforeCaption = nullptr;
    QLabel *m_afterCaption = nullptr;
    QPixmap m_beforePixmap;
    QPixmap m_afterPixmap;
};

} // namespace posko::ui
