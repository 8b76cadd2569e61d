#pragma once

#include <QObject>

namespace mailpath::app {

class MainWindow;

/**
 * Measures cold start for benchmarks/bench_startup: when MAILPATH_STARTUP_PROBE is set, the
 * first paint of a non-empty diagram (with the flows simulated) prints the time since the
 * launcher's clock (MAILPATH_STARTUP_T0_NS, CLOCK_MONOTONIC) and quits the application.
 */
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    /** Installs a probe on the window when the environment asks for one; otherwise nothing. */
    static void installIfRequested(MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StartupProbe(MainWindow *window, qint64 t0Nanos);
    void report();

    MainWindow *m_window;
    qint64 m_t0Nanos;
    qint64 m_firstPaintNanos = 0; //!< set once: later paints are not reported
};

} // namespace mailpath::app
