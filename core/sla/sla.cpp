// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sla/sla.h"

#include "core/sla/workcalendar.h"

#include <QCoreApplication>
#include <algorithm>

namespace posko {

bool countsWorkingTime(const Label *label)
{
    return label && label->clock == SlaClock::Working && label->calendar &&
           label->calendar->weeklySeconds() > 0;
}

qint64 slaSecondsLeft(const Label *label, qint64 deadline, qint64 now)
{
    if (!countsWorkingTime(label))
        return deadline - now;
    if (now > deadline)
        return std::min<qint64>(-1, -label->calendar->workingSecondsBetween(deadline, now));
    return label->calendar->workingSecondsBetween(now, deadline);
}

SlaStatus evaluateSla(const Report &report, const Label *label, double warningShare,
                      const QDateTime &now)
{
    SlaStatus s;
    if (!label || isClosed(report.status) || report.status == Status::Selesai)
        return s;
    QDateTime start;
    qint64 budget = 0;
    if (awaitsResponse(report.status)) {
        s.response = true;
        start = report.status == Status::DibukaKembali && report.statusSince.isValid()
                    ? report.statusSince
                    : report.requestedAt;
        budget = qint64(label->responseMinutes) * 60;
    } else {
        start = report.requestedAt;
        budget = qint64(label->resolutionMinutes) * 60;
    }
    if (countsWorkingTime(label)) {
        const WorkCalendar &cal = *label->calendar;
        s.workingTime = true;
        const qint64 startSecs = start.toSecsSinceEpoch(), nowSecs = now.toSecsSinceEpoch();
        const qint64 deadline = cal.addWorkingSeconds(startSecs, budget);
        s.deadline = QDateTime::fromSecsSinceEpoch(deadline, Qt::UTC);
        s.secondsLeft = slaSecondsLeft(label, deadline, nowSecs);
        const qint64 elapsed = cal.workingSecondsBetween(startSecs, nowSecs);
        if (nowSecs > deadline)
            s.state = SlaState::Breached;
        else if (double(elapsed) >= warningShare * double(budget))
            s.state = SlaState::Warning;
        else
            s.state = SlaState::Ok;
        return s;
    }
    s.deadline = start.addSecs(budget);
    s.secondsLeft = now.secsTo(s.deadline);
    const qint64 elapsed = start.secsTo(now);
    if (s.secondsLeft < 0)
        s.state = SlaState::Breached;
    else if (double(elapsed) >= warningShare * double(budget))
        s.state = SlaState::Warning;
    else
        s.state = SlaState::Ok;
    return s;
}

std::optional<FastClosure> fastClosure(const Report &report, const Label *label, double share,
                                       const QDateTime &doneAt)
{
    if (!label || share <= 0 || label->resolutionMinutes <= 0)
        return std::nullopt;
    const QDateTime start = workStartedAt(report);
    if (!start.isValid() || !doneAt.isValid() || doneAt < start)
        return std::nullopt;
    FastClosure f;
    f.workingTime = countsWorkingTime(label);
    f.thresholdSeconds = qint64(double(label->resolutionMinutes) * 60.0 * share);
    f.tookSeconds = f.workingTime ? label->calendar->workingSecondsBetween(start, doneAt)
                                  : start.secsTo(doneAt);
    if (f.tookSeconds >= f.thresholdSeconds)
        return std::nullopt;
    return f;
}

QString fastClosureFlagText(const FastClosure &f)
{
    return QStringLiteral("fast_closure took=%1 min=%2 clock=%3")
        .arg(f.tookSeconds)
        .arg(f.thresholdSeconds)
        .arg(f.workingTime ? QStringLiteral("working") : QStringLiteral("wall"));
}

std::optional<FastClosure> parseFastClosureFlag(const HistoryEntry &entry)
{
    if (entry.kind != QLatin1String("flag"))
        return std::nullopt;
    const QStringList parts = entry.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 4 || parts.at(0) != QLatin1String("fast_closure"))
        return std::nullopt;
    FastClosure f;
    bool ok1 = false, ok2 = false;
    if (!parts.at(1).startsWith(QLatin1String("took=")) ||
        !parts.at(2).startsWith(QLatin1String("min=")))
        return std::nullopt;
    f.tookSeconds = parts.at(1).mid(5).toLongLong(&ok1);
    f.thresholdSeconds = parts.at(2).mid(4).toLongLong(&ok2);
    if (!ok1 || !ok2 || f.tookSeconds < 0 || f.thresholdSeconds < 0)
        return std::nullopt;
    if (parts.at(3) == QLatin1String("clock=working"))
        f.workingTime = true;
    else if (parts.at(3) != QLatin1String("clock=wall"))
        return std::nullopt;
    return f;
}

std::optional<FastClosure> currentFastClosure(const Report &report)
{
    for (auto it = report.history.crbegin(); it != report.history.crend(); ++it) {
        if (it->status == QLatin1String("dibuka_kembali"))
            return std::nullopt;
        if (auto f = parseFastClosureFlag(*it))
            return f;
    }
    return std::nullopt;
}

QString slaStateCode(SlaState s)
{
    switch (s) {
    case SlaState::None:
        return QStringLiteral("none");
    case SlaState::Ok:
        return QStringLiteral("ok");
    case SlaState::Warning:
        return QStringLiteral("warning");
    case SlaState::Breached:
        return QStringLiteral("breached");
    }
    return {};
}

QString formatCountdown(qint64 seconds)
{
    const bool negative = seconds < 0;
    qint64 s = negative ? -seconds : seconds;
    const qint64 d = s / 86400;
    s %= 86400;
    const qint64 h = s / 3600;
    const qint64 m = (s % 3600) / 60;
    QString text;
    if (d > 0)
        text = QCoreApplication::translate("posko::Sla", "%1 d %2 h").arg(d).arg(h);
    else if (h > 0)
        text = QCoreApplication::translate("posko::Sla", "%1 h %2 m")
                   .arg(h)
                   .arg(m, 2, 10, QLatin1Char('0'));
    else
        text = QCoreApplication::translate("posko::Sla", "%1 m").arg(m);
    return negative ? QStringLiteral("−") + text : text;
}

QString formatCountdown(qint64 seconds, SlaClock clock)
{
    if (clock == SlaClock::Wall || (seconds > -86400 && seconds < 86400))
        return formatCountdown(seconds);
    const qint64 s = seconds < 0 ? -seconds : seconds;
    const QString text = QCoreApplication::translate("posko::Sla", "%1 h %2 m")
                             .arg(s / 3600)
                             .arg(s % 3600 / 60, 2, 10, QLatin1Char('0'));
    return seconds < 0 ? QStringLiteral("−") + text : text;
}

} // namespace posko
