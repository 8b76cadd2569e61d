#include "autosave.h"

#include "designdocument.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace mailpath::app {

Autosave::Autosave(DesignDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    bool ok = false;
    const int overridden = qEnvironmentVariableIntValue("MAILPATH_AUTOSAVE_MS", &ok);
    m_timer.setInterval(ok && overridden > 0 ? overridden : 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    m_timer.start();
}

QString Autosave::recoveryPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/recovery.mailpath.json");
}

QString Autosave::recoveredOriginalPath()
{
    return QSettings().value(QStringLiteral("recovery/originalPath")).toString();
}

bool Autosave::hasRecovery()
{
    return QFile::exists(recoveryPath());
}

void Autosave::saveNow()
{
    if (!m_document->isModified())
        return;
    QDir().mkpath(QFileInfo(recoveryPath()).absolutePath());
    if (m_document->writeCopy(recoveryPath(), nullptr))
        QSettings().setValue(QStringLiteral("recovery/originalPath"), m_document->filePath());
}

void Autosave::discard()
{
    QFile::remove(recoveryPath());
    QSettings().remove(QStringLiteral("recovery/originalPath"));
}

} // namespace mailpath::app
