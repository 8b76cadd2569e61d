#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace mailpath::app {

class DesignDocument;

/**
 * Writes the open design to a recovery file every minute while it has unsaved changes, and
 * removes it on a clean exit; a recovery file found at start-up means the last session crashed.
 * The file lives in the application data folder ($XDG_DATA_HOME/MailPath/MailPath);
 * MAILPATH_AUTOSAVE_MS overrides the interval (tests and demonstrations).
 */
class Autosave : public QObject
{
    Q_OBJECT

public:
    explicit Autosave(DesignDocument *document, QObject *parent = nullptr);

    static QString recoveryPath();
    /** The file the recovered design was last saved as ("" when never saved). */
    static QString recoveredOriginalPath();
    static bool hasRecovery();
    int intervalMs() const { return m_timer.interval(); }
    void saveNow();
    /** Removes the recovery file (clean exit, recovery declined or done). */
    static void discard();

private:
    DesignDocument *m_document;
    QTimer m_timer;
};

} // namespace mailpath::app
