// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/commandcentre.h"

#include "core/i18n/translations.h"
#include "ui/main/mainwindow.h"

#include <QApplication>

namespace posko::ui {

CommandCentre::CommandCentre(QApplication &app, Replica &replica, DispatchService &dispatch,
                             SyncClient &sync, const Clock &clock, QObject *parent)
    : QObject(parent), m_app(app), m_replica(replica), m_dispatch(dispatch), m_sync(sync),
      m_clock(clock)
{
    build();
}

CommandCentre::~CommandCentre() = default;

void CommandCentre::build()
{
    m_window = std::make_unique<MainWindow>(m_replica, m_dispatch, m_sync, m_clock);
    connect(m_window.get(), &MainWindow::languageChangeRequested, this,
            &CommandCentre::switchLanguage);
}

void CommandCentre::show()
{
    m_window->showMaximized();
}

void CommandCentre::switchLanguage(const QString &language)
{
    const MainWindow::WorkState state = m_window->workState();
    const bool maximized = m_window->isMaximized();
    // The old window saves its layout as it goes; the new one restores it.
    m_window.reset();
    installTranslations(m_app, language);
    build();
    if (maximized)
        m_window->showMaximized();
    else
        m_window->show();
    m_window->restoreWork(state);
    emit windowRebuilt(m_window.get());
}

} // namespace posko::ui
