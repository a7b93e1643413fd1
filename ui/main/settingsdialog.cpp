// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/settingsdialog.h"

#include "ui/common/theme.h"
#include "ui/main/slanotifier.h"
#include "ui/map/basemapchoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QUrl>
#include <QVBoxLayout>

namespace posko::ui {

SettingsDialog::SettingsDialog(SlaNotifier *notifier, BaseMapChoice *baseMaps, QWidget *parent)
    : QDialog(parent), m_baseMaps(baseMaps)
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
    auto *languageNote =
        new QLabel(tr("The window is built again in the new language; your work is kept."), this);
    languageNote->setEnabled(false);
    form->addRow(QString(), languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString language = m_language->currentData().toString();
        QSettings().setValue(QStringLiteral("ui/language"), language);
        emit languageChosen(language);
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

    // The map's tile source.
    auto *mapBox = new QGroupBox(tr("Base map"), this);
    auto *mapForm = new QFormLayout(mapBox);
    m_baseMap = new QComboBox(mapBox);
    m_baseMap->setObjectName(QStringLiteral("settingsBaseMap"));
    mapForm->addRow(tr("&Tile source"), m_baseMap);
    m_tileUrl = new QLineEdit(mapBox);
    m_tileUrl->setObjectName(QStringLiteral("settingsTileUrl"));
    m_tileUrl->setPlaceholderText(QStringLiteral("https://tile.example.org/{z}/{x}/{y}.png"));
    mapForm->addRow(tr("URL template:"), m_tileUrl);
    m_tileCredit = new QLineEdit(mapBox);
    m_tileCredit->setObjectName(QStringLiteral("settingsTileCredit"));
    m_tileCredit->setPlaceholderText(QStringLiteral("© OpenStreetMap contributors"));
    mapForm->addRow(tr("Attribution:"), m_tileCredit);
    auto *fileRow = new QHBoxLayout;
    m_mbtiles = new QLineEdit(mapBox);
    m_mbtiles->setObjectName(QStringLiteral("settingsMbtiles"));
    auto *browse = new QPushButton(tr("Browse…"), mapBox);
    fileRow->addWidget(m_mbtiles, 1);
    fileRow->addWidget(browse);
    mapForm->addRow(tr("MBTiles file:"), fileRow);
    m_applyBaseMap = new QPushButton(tr("Use this base map"), mapBox);
    m_applyBaseMap->setObjectName(QStringLiteral("settingsApplyBaseMap"));
    m_baseMapMessage = new QLabel(mapBox);
    m_baseMapMessage->setObjectName(QStringLiteral("settingsBaseMapMessage"));
    m_baseMapMessage->setWordWrap(true);
    mapForm->addRow(m_applyBaseMap, m_baseMapMessage);
    layout->addWidget(mapBox);
    mapBox->setEnabled(baseMaps != nullptr);
    const auto kindShown = [this] {
        return BaseMapSetting::Kind(m_baseMap->currentData(Qt::UserRole + 1).toInt());
    };
    const auto enableFields = [this, kindShown] {
        const auto kind = kindShown();
        m_tileUrl->setEnabled(kind == BaseMapSetting::Kind::Xyz);
        m_tileCredit->setEnabled(kind == BaseMapSetting::Kind::Xyz);
        m_mbtiles->setEnabled(kind == BaseMapSetting::Kind::MbTiles);
    };
    connect(m_baseMap, &QComboBox::currentIndexChanged, this, enableFields);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open an MBTiles file"), m_mbtiles->text(),
                                         tr("MBTiles (*.mbtiles);;All files (*)"));
        if (!path.isEmpty())
            m_mbtiles->setText(path);
    });
    connect(m_applyBaseMap, &QPushButton::clicked, this, [this, kindShown] {
        if (!m_baseMaps)
            return;
        BaseMapSetting s;
        s.kind = kindShown();
        switch (s.kind) {
        case BaseMapSetting::Kind::BuiltIn:
            break;
        case BaseMapSetting::Kind::Hub:
            for (const HubTileInfo &info : m_baseMaps->hubSources())
                if (info.name == m_baseMap->currentData().toString()) {
                    s.name = info.name;
                    s.attribution = info.attribution;
                    s.minZoom = info.minZoom;
                    s.maxZoom = info.maxZoom;
                }
            break;
        case BaseMapSetting::Kind::Xyz:
            s.urlTemplate = m_tileUrl->text().trimmed();
            s.attribution = m_tileCredit->text().trimmed();
            break;
        case BaseMapSetting::Kind::MbTiles:
            s.path = m_mbtiles->text().trimmed();
            break;
        }
        QString error;
        if (m_baseMaps->apply(s, &error)) {
            m_baseMapMessage->setStyleSheet({});
            m_baseMapMessage->setText(tr("The map uses it now."));
        } else {
            m_baseMapMessage->setStyleSheet(QStringLiteral("color: #c62828"));
            m_baseMapMessage->setText(
                tr("Not changed: %1 The map keeps its current base map.").arg(error));
        }
    });
    showBaseMap();
    enableFields();
    if (baseMaps) {
        connect(baseMaps, &BaseMapChoice::hubSourcesChanged, this, &SettingsDialog::showBaseMap);
        connect(baseMaps, &BaseMapChoice::changed, this, &SettingsDialog::showBaseMap);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
}

void SettingsDialog::showBaseMap()
{
    if (!m_baseMaps)
        return;
    using Kind = BaseMapSetting::Kind;
    const BaseMapSetting &now = m_baseMaps->current();
    QSignalBlocker block(m_baseMap);
    m_baseMap->clear();
    const auto add = [this](const QString &text, Kind kind, const QString &name = {}) {
        m_baseMap->addItem(text, name);
        m_baseMap->setItemData(m_baseMap->count() - 1, int(kind), Qt::UserRole + 1);
    };
    add(tr("Built-in (offline)"), Kind::BuiltIn);
    for (const HubTileInfo &info : m_baseMaps->hubSources())
        add(tr("From the hub: %1").arg(info.title), Kind::Hub, info.name);
    add(tr("Online tile server"), Kind::Xyz);
    add(tr("MBTiles file"), Kind::MbTiles);
    for (int i = 0; i < m_baseMap->count(); ++i)
        if (Kind(m_baseMap->itemData(i, Qt::UserRole + 1).toInt()) == now.kind &&
            (now.kind != Kind::Hub || m_baseMap->itemData(i).toString() == now.name))
            m_baseMap->setCurrentIndex(i);
    if (now.kind == Kind::Xyz) {
        m_tileUrl->setText(now.urlTemplate);
        m_tileCredit->setText(now.attribution);
    }
    if (now.kind == Kind::MbTiles)
        m_mbtiles->setText(now.path);
    m_tileUrl->setEnabled(now.kind == Kind::Xyz);
    m_tileCredit->setEnabled(now.kind == Kind::Xyz);
    m_mbtiles->setEnabled(now.kind == Kind::MbTiles);
}

} // namespace posko::ui
