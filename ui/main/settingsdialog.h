// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace posko::ui {

class SlaNotifier;

// The workstation's own settings, applied as they change (nothing to confirm) and kept in the
// settings: interface language (at the next start), light or dark theme (at once), the
// notification sound, the hub offered at log-in. The base map has its own menu (Map).
// Not modal: the operator keeps working beside it.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(SlaNotifier *notifier, QWidget *parent = nullptr);

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_sound = nullptr;
    QLineEdit *m_hub = nullptr;
};

} // namespace posko::ui
