// Cold start to an interactive window with a template (DESIGN §6: <= 1.5 s). Each iteration
// launches the real mailpath binary on the S1 template with MAILPATH_STARTUP_PROBE set; the
// app reports, against this launcher's CLOCK_MONOTONIC taken just before the fork, when the
// diagram was first painted and when the flows were simulated and the event loop idle, then
// quits. Settings and the recovery folder point to an empty temporary directory, as on a
// first start. Run it in a real window (benchmarks/run uses Xvfb when there is no display).

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <stdexcept>

namespace {

struct Startup
{
    double firstPaintMs = 0;
    double interactiveMs = 0;
    double items = 0;
};

Startup launch(const QString &templateName)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILPATH_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));
    QProcess process;
    const QString binary = QStringLiteral(MAILPATH_BINARY_DIR "/bin/mailpath");
    const QString design = QStringLiteral(MAILPATH_SOURCE_DIR "/resources/templates/") + templateName
                           + QStringLiteral(".mailpath.json");
    // CLOCK_MONOTONIC, which the app reads too.
    const qint64 t0 = QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
    env.insert(QStringLiteral("MAILPATH_STARTUP_T0_NS"), QString::number(t0));
    process.setProcessEnvironment(env);
    process.start(binary, {design});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        throw std::runtime_error("mailpath did not start and quit: "
                                 + process.readAllStandardError().toStdString());
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression line(QStringLiteral(
        R"(first-paint-ms=([0-9.]+) interactive-ms=([0-9.]+) items=([0-9]+))"));
    const auto match = line.match(out);
    if (!match.hasMatch())
        throw std::runtime_error("no startup report in: " + out.toStdString());
    return {match.captured(1).toDouble(), match.captured(2).toDouble(), match.captured(3).toDouble()};
}

void BM_ColdStart(benchmark::State &state, const char *templateName)
{
    Startup last;
    for (auto _ : state) {
        last = launch(QString::fromLatin1(templateName));
        state.SetIterationTime(last.interactiveMs / 1000.0);
    }
    state.counters["first_paint_ms"] = last.firstPaintMs;
    state.counters["items"] = last.items;
}
BENCHMARK_CAPTURE(BM_ColdStart, s1_ses_via_nat, "s1-ses-via-nat")
    ->UseManualTime()->Iterations(1)->Repetitions(11)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ColdStart, s5_fargate_tgw, "s5-fargate-tgw")
    ->UseManualTime()->Iterations(1)->Repetitions(5)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
