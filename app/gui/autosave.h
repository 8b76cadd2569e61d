#pragma once

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace mailpath::app {

class DesignDocument;

/**
 * Writes the open design to a recovery file every minute while it has unsaved changes. The
 * file goes once the changes are saved, undone or discarded (a clean exit); one found at
 * start-up that no running MailPath holds means a session crashed.
 *
 * One recovery file per open design: its name holds a hash of the design's path, and a lock
 * file beside it marks it as held by a running window, so two windows (or two instances) on
 * the same or different designs never overwrite each other's recovery.
 * The files live in $XDG_DATA_HOME/MailPath/MailPath; MAILPATH_AUTOSAVE_MS overrides the
 * interval (tests and demonstrations).
 */
class Autosave : public QObject
{
    Q_OBJECT

public:
    /** A recovery file left by a session that ended without saving. */
    struct Orphan
    {
        QString path;
        QString originalPath; //!< the file the design was last saved as ("" when never saved)
        QDateTime saved;
    };

    explicit Autosave(DesignDocument *document, QObject *parent = nullptr);
    ~Autosave() override;

    static QString folder();
    /** Recovery files no running MailPath holds, newest first. */
    static QList<Orphan> orphans();
    /** Removes a recovery file the user declined. */
    static void discardOrphan(const QString &path);

    /** This window's recovery file ("" until the first autosave). */
    QString recoveryPath() const { return m_path; }
    int intervalMs() const { return m_timer.interval(); }
    void saveNow();
    /**
     * Makes a recovered file this window's own: it stays until the recovered changes are
     * saved or discarded, and later autosaves update it.
     */
    bool adopt(const QString &orphanPath);
    /** Removes this window's recovery file (changes saved, discarded or undone). */
    void discard();

private:
    bool claimFileFor(const QString &designPath);
    void release();

    DesignDocument *m_document;
    QTimer m_timer;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace mailpath::app
