#include "savefile.h"

#include <QFileInfo>
#include <QObject>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace mailpath::app {

bool commitSaveFile(QSaveFile &file, QString *error)
{
    QString reason;
    errno = 0;
    if (!file.flush() || file.error() != QFileDevice::NoError)
        // Qt often says only "Unknown error"; errno of the failed write says "No space left".
        reason = errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : file.errorString();
    // fsync reports what a delayed write could not place (ENOSPC, EIO on network disks).
    else if (::fsync(file.handle()) != 0 && errno != EINVAL)
        reason = QString::fromLocal8Bit(std::strerror(errno));
    else if (file.commit())
        return true;
    else
        reason = file.errorString();
    if (reason.isEmpty())
        reason = QObject::tr("write failed");
    // Not committed: destroying file removes the temporary file, the old file stays.
    if (error)
        *error = reason;
    return false;
}

QByteArray withoutControlCharacters(QByteArray utf8)
{
    const auto forbidden = [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7f;
    };
    utf8.erase(std::remove_if(utf8.begin(), utf8.end(), forbidden), utf8.end());
    return utf8;
}

qint64 CheckedOutput::writeData(const char *data, qint64 size)
{
    const QByteArray bytes = m_text == Text::AsIs
                                 ? QByteArray::fromRawData(data, size)
                                 : withoutControlCharacters(QByteArray(data, size));
    if (m_target->write(bytes) == bytes.size())
        return size;
    m_failed = true;
    return -1;
}

QString unwritableReason(const QString &path)
{
    const QFileInfo info(path); // follows symbolic links: a link to a file is written through
    if (!info.exists() || info.isFile())
        return {};
    if (info.isDir())
        return QObject::tr("%1 is a folder").arg(path);
    return QObject::tr("%1 is not a regular file (a pipe, device or socket); "
                       "write to a new path or a regular file").arg(path);
}

} // namespace mailpath::app
