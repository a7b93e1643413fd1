// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/settingsdialog.h"

#include "ui/common/theme.h"
#include "ui/main/slanotifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace posko::ui {

SettingsDialog::SettingsDialog(SlaNotifier *notifier, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    QSettings settings;

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(
        0, m_language->findData(settings.value(QStringLiteral("ui/language")).toString())));
    form->addRow(tr("&Language"), m_language);
    auto *languageNote = new QLabel(tr("A new language shows from the next start."), this);
    languageNote->setEnabled(false);
    form->addRow(QString(), languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(QStringLiteral("ui/language"), m_language->currentData().toString());
    });

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark})
        m_theme->addItem(t == Theme::System  ? tr("As the system")
                         : t == Theme::Light ? tr("Light")
                                             : tr("Dark"),
                         themeCode(t));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(themeCode(storedTheme()))));
    form->addRow(tr("&Theme"), m_theme);
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_theme->currentData().toString();
        QSettings().setValue(QStringLiteral("ui/theme"), code);
        applyTheme(themeFromCode(code));
    });

    m_sound = new QCheckBox(tr("Play a sound with notifications"), this);
    m_sound->setObjectName(QStringLiteral("settingsSound"));
    m_sound->setChecked(notifier && notifier->soundOn());
    m_sound->setEnabled(notifier != nullptr);
    form->addRow(tr("Notifications"), m_sound);
    connect(m_sound, &QCheckBox::toggled, this, [notifier](bool on) {
        if (notifier)
            notifier->setSoundOn(on);
    });

    m_hub = new QLineEdit(settings.value(QStringLiteral("login/hub")).toString(), this);
    m_hub->setObjectName(QStringLiteral("settingsHub"));
    m_hub->setPlaceholderText(QStringLiteral("https://posko.trenggalekkab.go.id"));
    form->addRow(tr("&Hub at log-in"), m_hub);
    auto *hubError = new QLabel(this);
    hubError->setObjectName(QStringLiteral("settingsHubError"));
    hubError->setStyleSheet(QStringLiteral("color: #c62828"));
    form->addRow(QString(), hubError);
    connect(m_hub, &QLineEdit::editingFinished, this, [this, hubError] {
        const QString text = m_hub->text().trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (!text.isEmpty() &&
            (!url.isValid() ||
             (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
             url.host().isEmpty())) {
            hubError->setText(tr("Not kept: the hub is an http or https address."));
            return; // the stored address stays
        }
        hubError->clear();
        QSettings().setValue(QStringLiteral("login/hub"), text);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
}

} // namespace posko::ui
