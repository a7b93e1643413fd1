// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>

namespace posko::test {

HubProcess::HubProcess(QString databasePath) : m_db(std::move(databasePath))
{
    if (m_db.isEmpty()) {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("hub.sqlite"));
    }
}

HubProcess::~HubProcess()
{
    stop();
}

QString HubProcess::executable()
{
    return QStringLiteral(POSKO_BINARY_DIR "/app/posko-hub/posko-hub");
}

bool HubProcess::start(const QStringList &extraArgs, int timeoutMs, bool samePort)
{
    stop();
    const QString port =
        samePort && m_url.isValid() ? QString::number(m_url.port()) : QStringLiteral("0");
    m_proc = std::make_unique<QProcess>();
    m_proc->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:") + port,
                     QStringLiteral("--database"), m_db};
    args << extraArgs;
    m_proc->start(executable(), args);
    if (!m_proc->waitForStarted(10000)) {
        m_error = QStringLiteral("posko-hub did not start: ") + m_proc->errorString();
        return false;
    }
    static const QRegularExpression re(QStringLiteral("listening on (http://[0-9.]+:[0-9]+)"));
    QDeadlineTimer deadline(timeoutMs);
    QByteArray buffer;
    while (!deadline.hasExpired()) {
        if (m_proc->state() != QProcess::Running) {
            m_output +=
                QString::fromUtf8(m_proc->readAllStandardOutput() + m_proc->readAllStandardError());
            m_error = QStringLiteral("posko-hub exited: ") + m_output;
            return false;
        }
        m_proc->waitForReadyRead(100);
        buffer += m_proc->readAllStandardOutput();
        const auto m = re.match(QString::fromUtf8(buffer));
        if (m.hasMatch()) {
            m_output += QString::fromUtf8(buffer);
            m_url = QUrl(m.captured(1));
            return true;
        }
    }
    m_output += QString::fromUtf8(buffer + m_proc->readAllStandardError());
    m_error = QStringLiteral("posko-hub did not report listening in time: ") + m_output;
    return false;
}

void HubProcess::stop()
{
    if (!m_proc)
        return;
    if (m_proc->state() != QProcess::NotRunning) {
        m_proc->terminate();
        if (!m_proc->waitForFinished(10000)) {
            m_proc->kill();
            m_proc->waitForFinished(5000);
        }
    }
    m_output += QString::fromUtf8(m_proc->readAllStandardOutput() + m_proc->readAllStandardError());
    m_proc.reset();
}

void HubProcess::kill()
{
    if (!m_proc)
        return;
    m_proc->kill();
    m_proc->waitForFinished(5000);
    m_proc.reset();
}

bool HubProcess::isRunning() const
{
    return m_proc && m_proc->state() == QProcess::Running;
}

int HubProcess::run(const QStringList &args, const QByteArray &stdinData, QByteArray *out,
                    QByteArray *err, int timeoutMs)
{
    QProcess p;
    p.start(executable(), args);
    if (!p.waitForStarted(10000))
        return -1;
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -2;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
}

bool HubProcess::addUser(const QString &name, const QString &role, const QString &password,
                         bool covertClearance)
{
    QStringList args{
        QStringLiteral("--database"), m_db, QStringLiteral("user"), QStringLiteral("add"), name,
        QStringLiteral("--role"),     role};
    if (covertClearance)
        args << QStringLiteral("--covert-clearance");
    QByteArray out, err;
    const int rc = run(args, password.toUtf8() + '\n', &out, &err);
    if (rc != 0)
        m_error = QString::fromUtf8(err);
    return rc == 0;
}

QString HubProcess::addApiKey(const QString &name)
{
    QByteArray out, err;
    const int rc = run(
        {QStringLiteral("--database"), m_db, QStringLiteral("apikey"), QStringLiteral("add"), name},
        {}, &out, &err);
    if (rc != 0) {
        m_error = QString::fromUtf8(err);
        return {};
    }
    return QString::fromUtf8(out).trimmed().split(QLatin1Char('\n')).last().trimmed();
}

} // namespace posko::test
