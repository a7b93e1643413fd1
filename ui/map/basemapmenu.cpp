// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/basemapmenu.h"

#include "ui/map/basemapchoice.h"

#include <QActionGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>

namespace posko::ui {

BaseMapMenu::BaseMapMenu(BaseMapChoice &choice, QWidget *dialogParent)
    : QObject(&choice), m_choice(choice), m_dialogParent(dialogParent)
{
    connect(&m_choice, &BaseMapChoice::changed, this, &BaseMapMenu::fill);
    connect(&m_choice, &BaseMapChoice::hubSourcesChanged, this, &BaseMapMenu::fill);
}

QMenu *BaseMapMenu::build(QWidget *menuParent)
{
    m_menu = new QMenu(tr("&Base map"), menuParent);
    m_menu->setObjectName(QStringLiteral("baseMapMenu"));
    connect(m_menu, &QMenu::aboutToShow, &m_choice, &BaseMapChoice::refreshHubSources);
    fill();
    return m_menu;
}

void BaseMapMenu::fill()
{
    if (!m_menu)
        return;
    m_menu->clear();
    const BaseMapSetting &now = m_choice.current();
    auto *group = new QActionGroup(m_menu);
    group->setExclusive(true);
    auto add = [&](const QString &text, bool checked) {
        QAction *a = m_menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(checked);
        group->addAction(a);
        return a;
    };

    QAction *builtIn = add(tr("Built-in (offline)"), now.kind == BaseMapSetting::Kind::BuiltIn);
    builtIn->setObjectName(QStringLiteral("baseMapBuiltIn"));
    connect(builtIn, &QAction::triggered, this, [this] { apply(BaseMapSetting{}); });

    m_menu->addSection(tr("From the hub"));
    const auto &sources = m_choice.hubSources();
    if (sources.isEmpty()) {
        const QString why = m_choice.hubError();
        QAction *none =
            m_menu->addAction(why.isEmpty() ? tr("No tile sources on the hub")
                                            : tr("Hub tile sources unavailable: %1").arg(why));
        none->setEnabled(false);
    }
    for (const HubTileInfo &info : sources) {
        const bool current = now.kind == BaseMapSetting::Kind::Hub && now.name == info.name;
        QAction *a = add(info.title, current);
        a->setToolTip(info.attribution);
        connect(a, &QAction::triggered, this, [this, info] {
            BaseMapSetting s;
            s.kind = BaseMapSetting::Kind::Hub;
            s.name = info.name;
            s.attribution = info.attribution;
            s.minZoom = info.minZoom;
            s.maxZoom = info.maxZoom;
            apply(s);
        });
    }

    m_menu->addSeparator();
    QAction *xyz = add(tr("Online tile server…"), now.kind == BaseMapSetting::Kind::Xyz);
    connect(xyz, &QAction::triggered, this, [this] { chooseTileServer(); });
    QAction *mbtiles = add(tr("MBTiles file…"), now.kind == BaseMapSetting::Kind::MbTiles);
    connect(mbtiles, &QAction::triggered, this, [this] { chooseMbTiles(); });
}

bool BaseMapMenu::apply(const BaseMapSetting &setting)
{
    QString error;
    if (m_choice.apply(setting, &error))
        return true;
    QMessageBox::warning(m_dialogParent, tr("Base map not changed"),
                         tr("This base map cannot be used: %1\nThe map keeps its current base "
                            "map.")
                             .arg(error));
    fill(); // the check mark goes back to the current base map
    return false;
}

bool BaseMapMenu::chooseTileServer()
{
    const BaseMapSetting &now = m_choice.current();
    QDialog dialog(m_dialogParent);
    dialog.setWindowTitle(tr("Online tile server"));
    auto *form = new QFormLayout(&dialog);
    auto *intro = new QLabel(tr("An XYZ tile server's URL template with {z}, {x} and {y} "
                                "(and optionally {s}). Follow the server's usage policy."),
                             &dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto *url = new QLineEdit(&dialog);
    url->setPlaceholderText(tr("https://tile.example.org/{z}/{x}/{y}.png"));
    auto *credit = new QLineEdit(&dialog);
    credit->setPlaceholderText(tr("© OpenStreetMap contributors"));
    if (now.kind == BaseMapSetting::Kind::Xyz) {
        url->setText(now.urlTemplate);
        credit->setText(now.attribution);
    }
    form->addRow(tr("URL template:"), url);
    form->addRow(tr("Attribution:"), credit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted) {
        fill();
        return false;
    }
    BaseMapSetting s;
    s.kind = BaseMapSetting::Kind::Xyz;
    s.urlTemplate = url->text().trimmed();
    s.attribution = credit->text().trimmed();
    return apply(s);
}

bool BaseMapMenu::chooseMbTiles()
{
    const QString path =
        QFileDialog::getOpenFileName(m_dialogParent, tr("Open an MBTiles file"), QString(),
                                     tr("MBTiles (*.mbtiles);;All files (*)"));
    if (path.isEmpty()) {
        fill();
        return false;
    }
    BaseMapSetting s;
    s.kind = BaseMapSetting::Kind::MbTiles;
    s.path = path;
    return apply(s);
}

} // namespace posko::ui
