#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace mailpath::app {

/**
 * Builds a zip archive in memory with libzip (deflated entries), so the caller can write
 * it atomically with QSaveFile. Entries keep the order they were added in.
 */
class ZipWriter
{
public:
    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool add(const QString &name, const QByteArray &data);
    /** The finished archive; empty with error() set when libzip failed. */
    QByteArray finish();
    QString error() const { return m_error; }

private:
    struct State;
    std::unique_ptr<State> m_state;
    QString m_error;
};

} // namespace mailpath::app
