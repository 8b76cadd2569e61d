#pragma once

// Runs mailpath-cli as a script would; shared by the command-line contract tests.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace mailpath::test {

struct CliRun
{
    int exitCode = -1; //!< -1 when the process crashed or timed out
    QByteArray out;    //!< raw, for JSON and CSV
    QString err;
};

inline QString cliPath()
{
    return QStringLiteral(MAILPATH_BIN_DIR "/mailpath-cli");
}

inline CliRun runCli(const QStringList &args, int timeoutMs = 120000)
{
    QProcess process;
    process.start(cliPath(), args);
    CliRun r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("mailpath-cli timed out");
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace mailpath::test
