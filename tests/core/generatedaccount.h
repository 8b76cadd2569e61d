#pragma once

// The small generated account several tests walk: benchmarks/gen_account.py with 120 ENIs in
// 3 VPCs of 2 subnets (seed 11), written into a folder the test owns.

#include <QProcess>
#include <QString>

namespace mailpath::testing {

/** Generates the account into dir; false (with the generator's output) when it fails. */
inline bool generateSmallAccount(const QString &dir, QString *output = nullptr)
{
    QProcess gen;
    gen.setProcessChannelMode(QProcess::MergedChannels);
    gen.start("python3", {QString(MAILPATH_SOURCE_DIR) + "/benchmarks/gen_account.py",
                          "--enis", "120", "--vpcs", "3", "--subnets-per-vpc", "2",
                          "--seed", "11", "-o", dir});
    const bool ok = gen.waitForFinished(60000) && gen.exitStatus() == QProcess::NormalExit
                    && gen.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(gen.readAll());
    return ok;
}

} // namespace mailpath::testing
