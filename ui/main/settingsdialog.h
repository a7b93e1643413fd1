// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace posko::ui {

class SlaNotifier;
class BaseMapChoice;

// The workstation's own settings, applied as they change (nothing to confirm) and kept in the
// settings: interface language (the window is rebuilt in it), light or dark theme, the
// notification sound, the hub offered at log-in; and the map's tile source (built-in, one of the
// hub's sources, an online tile server or an MBTiles file), applied with its own button since
// an address is typed first (the Map menu offers the same). Not modal: the operator keeps
// working beside it.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(SlaNotifier *notifier, BaseMapChoice *baseMaps = nullptr,
                            QWidget *parent = nullptr);
    // Refills the tile-source list from the current choice (after the Map menu changed it).
    void showBaseMap();

signals:
    // The operator chose another interface language (already stored); "" is the system's.
    void languageChosen(const QString &language);

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_sound = nullptr;
    QLineEdit *m_hub = nullptr;
    BaseMapChoice *m_baseMaps = nullptr;
    QComboBox *m_baseMap = nullptr;
    QLineEdit *m_tileUrl = nullptr;
    QLineEdit *m_tileCredit = nullptr;
    QLineEdit *m_mbtiles = nullptr;
    QPushButton *m_applyBaseMap = nullptr;
    QLabel *m_baseMapMessage = nullptr;
};

} // namespace posko::ui
