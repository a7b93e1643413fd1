// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/squad.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>
#include <optional>

namespace posko {

class WorkCalendar;

// How a label's SLA targets are counted: wall-clock time, or working time of the policy's
// calendar (core/sla/workcalendar.h: working hours per weekday in WIB, minus holidays).
enum class SlaClock
{
    Wall,
    Working
};

// One report category ("label") with the squad it goes to by default and its SLA targets.
struct Label
{
    QString code;   // stable, [a-z0-9_]+, Open311 service_code
    QString nameId; // Bahasa Indonesia, as citizens see it
    QString nameEn;
    Squad defaultSquad = Squad::Orange;
    bool urgent = false;
    int responseMinutes = 0;   // time to assignment / first action
    int resolutionMinutes = 0; // time to "done"
    QStringList keywords;      // Open311 "keywords"
    SlaClock clock = SlaClock::Wall;
    // The policy's calendar; set (for working-clock labels) by LabelPolicy::fromJson.
    std::shared_ptr<const WorkCalendar> calendar;
};

// The administrator's label set and SLA policy, loaded from JSON
// (resources/config/sla-policy.json). Invariants after a successful load: codes unique, targets
// positive, resolution >= response, 0 < warningShare < 1, 0 <= fastClosureShare < 1; a "working"
// label has the policy's calendar, and that calendar has working time.
class LabelPolicy final
{
public:
    struct LoadResult;
    // Parses and validates. Never throws; every problem is listed with its JSON path.
    static LoadResult fromJson(const QByteArray &json);
    // The policy shipped with Posko (Qt resource). Aborts with a message only if the build is
    // broken.
    static LabelPolicy builtIn();
    static QByteArray builtInJson();

    const QVector<Label> &labels() const { return m_labels; }
    const Label *find(const QString &code) const;
    double warningShare() const { return m_warningShare; }
    // A closure that took less than this share of its label's resolution target (on the
    // label's clock) is flagged for the supervisor as suspiciously fast ("fast_closure_share").
    double fastClosureShare() const { return m_fastClosureShare; }
    // Likely duplicates: same label, at most this far apart in metres and in hours
    // ("duplicates": {"distance_m", "hours"}).
    int duplicateDistanceMetres() const { return m_duplicateMetres; }
    int duplicateHours() const { return m_duplicateHours; }
    // The working-time calendar ("calendar" in the file); null when the file has none.
    const WorkCalendar *calendar() const { return m_calendar.get(); }
    QString displayName(const QString &code) const; // by UI language, falls back to the code
    // Lists the administrator edits with the policy ("reject_reasons", "note_templates"): the
    // reasons offered when a report is rejected, the texts offered for notes. May be empty.
    const QStringList &rejectReasons() const { return m_rejectReasons; }
    const QStringList &noteTemplates() const { return m_noteTemplates; }

    QByteArray toJson() const;

private:
    QVector<Label> m_labels;
    double m_warningShare = 0.75;
    double m_fastClosureShare = 0.1;
    int m_duplicateMetres = 150;
    int m_duplicateHours = 72;
    std::shared_ptr<const WorkCalendar> m_calendar; // shared by the labels, never changed
    QString m_calendarComment;                      // kept for toJson()
    QStringList m_rejectReasons;
    QStringList m_noteTemplates;
};

struct LabelPolicy::LoadResult
{
    std::optional<LabelPolicy> policy;
    QStringList errors;
};

// A report is confidential (covert) when it is routed to the covert squad: assigned to it, or
// not yet assigned and its label goes to the covert squad by default. Such reports are never
// shown to a role without covert clearance.
bool isCovertRouting(const std::optional<Squad> &assigned, const Label *label);

} // namespace posko
