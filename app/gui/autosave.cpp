#include "autosave.h"

#include "designdocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace mailpath::app {

namespace {

constexpr int maxWindowsPerDesign = 64;
const QString recoverySuffix = QStringLiteral(".mailpath.json");

QString lockPathFor(const QString &recoveryPath)
{
    return recoveryPath.chopped(recoverySuffix.size()) + QStringLiteral(".lock");
}

QString originPathFor(const QString &recoveryPath)
{
    return recoveryPath.chopped(recoverySuffix.size()) + QStringLiteral(".origin");
}

/** "recovery-<16 hex digits of the design path's SHA-1>" or "recovery-untitled". */
QString baseNameFor(const QString &designPath)
{
    if (designPath.isEmpty())
        return QStringLiteral("recovery-untitled");
    const QByteArray hash = QCryptographicHash::hash(designPath.toUtf8(),
                                                     QCryptographicHash::Sha1);
    return QStringLiteral("recovery-") + QString::fromLatin1(hash.toHex().left(16));
}

std::unique_ptr<QLockFile> tryLock(const QString &recoveryPath)
{
    auto lock = std::make_unique<QLockFile>(lockPathFor(recoveryPath));
    lock->setStaleLockTime(0); // held as long as its process runs, however long that is
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

QString readOrigin(const QString &recoveryPath)
{
    QFile file(originPathFor(recoveryPath));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

Autosave::Autosave(DesignDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    bool ok = false;
    const int overridden = qEnvironmentVariableIntValue("MAILPATH_AUTOSAVE_MS", &ok);
    m_timer.setInterval(ok && overridden > 0 ? overridden : 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    m_timer.start();
    // Saved, undone to the saved state or replaced by another design: nothing to recover.
    connect(document, &DesignDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
    connect(document, &DesignDocument::filePathChanged, this, [this] { discard(); });
}

Autosave::~Autosave()
{
    m_lock.reset(); // the recovery file itself stays for the next start if still unsaved
}

QString Autosave::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool Autosave::claimFileFor(const QString &designPath)
{
    QDir().mkpath(folder());
    const QString base = folder() + QLatin1Char('/') + baseNameFor(designPath);
    for (int n = 1; n <= maxWindowsPerDesign; ++n) {
        const QString path = base + (n == 1 ? QString() : QStringLiteral("-%1").arg(n))
                             + recoverySuffix;
        if (auto lock = tryLock(path)) {
            m_lock = std::move(lock);
            m_path = path;
            QSaveFile origin(originPathFor(path));
            if (origin.open(QIODevice::WriteOnly)) {
                origin.write(designPath.toUtf8());
                origin.commit();
            }
            return true;
        }
    }
    return false;
}

void Autosave::saveNow()
{
    if (!m_document->isModified())
        return;
    if (m_path.isEmpty() && !claimFileFor(m_document->filePath()))
        return;
    m_document->writeCopy(m_path, nullptr);
}

bool Autosave::adopt(const QString &orphanPath)
{
    discard();
    auto lock = tryLock(orphanPath);
    if (!lock)
        return false; // another window took it meanwhile
    m_lock = std::move(lock);
    m_path = orphanPath;
    return true;
}

void Autosave::discard()
{
    if (m_path.isEmpty())
        return;
    QFile::remove(m_path);
    QFile::remove(originPathFor(m_path));
    release();
}

void Autosave::release()
{
    m_lock.reset(); // unlock removes the lock file
    m_path.clear();
}

QList<Autosave::Orphan> Autosave::orphans()
{
    QList<Orphan> found;
    const QDir dir(folder());
    const auto names = dir.entryList({QStringLiteral("recovery*") + recoverySuffix}, QDir::Files);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        if (!tryLock(path)) // held by a running window (this one included)
            continue;
        found.append({path, readOrigin(path), QFileInfo(path).lastModified()});
    }
    std::sort(found.begin(), found.end(),
              [](const Orphan &a, const Orphan &b) { return a.saved > b.saved; });
    return found;
}

void Autosave::discardOrphan(const QString &path)
{
    QFile::remove(path);
    QFile::remove(originPathFor(path));
}

} // namespace mailpath::app
