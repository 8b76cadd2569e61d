#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

class QSaveFile;

namespace mailpath::app {

/**
 * Finishes a QSaveFile: flushes, syncs and checks every step before renaming it over the
 * target. QSaveFile::commit() alone loses an error of the final flush (a full disk) and
 * renames a truncated file into place. Here any failure returns false without renaming (the
 * temporary file goes with file, the old file stays) and error says why.
 */
bool commitSaveFile(QSaveFile &file, QString *error = nullptr);

/**
 * "" when path may be written as a file: a new path or an existing regular file (also
 * through a symbolic link). Otherwise why not: a FIFO, a device or a folder is never replaced.
 */
QString unwritableReason(const QString &path);

/**
 * UTF-8 text without the C0 control characters XML 1.0 forbids (all but tab, line feed and
 * carriage return) and DEL: a Name tag with a control character would make an SVG or draw.io
 * file unreadable. Multi-byte UTF-8 never contains these bytes, so the rest stays intact.
 */
QByteArray withoutControlCharacters(QByteArray utf8);

/**
 * Passes what a writer streams (QSvgGenerator, QPdfWriter) on to target and remembers a short
 * or failed write, which those writers ignore; optionally strips control characters (XML).
 */
class CheckedOutput : public QIODevice
{
public:
    enum class Text { AsIs, WithoutControlCharacters };

    CheckedOutput(QIODevice *target, Text text)
        : m_target(target)
        , m_text(text)
    {
        open(QIODevice::WriteOnly);
    }
    /** True once a write to target failed or was cut short (a full disk). */
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target;
    Text m_text;
    bool m_failed = false;
};

} // namespace mailpath::app
