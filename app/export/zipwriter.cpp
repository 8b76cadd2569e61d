#include "zipwriter.h"

#include <zip.h>

#include <deque>

namespace mailpath::app {

struct ZipWriter::State
{
    zip_source_t *buffer = nullptr; //!< the archive's bytes, kept past zip_close
    zip_t *archive = nullptr;
    std::deque<QByteArray> entries; //!< libzip reads entry data only at zip_close
};

ZipWriter::ZipWriter()
    : m_state(std::make_unique<State>())
{
    zip_error_t error;
    zip_error_init(&error);
    m_state->buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (m_state->buffer) {
        zip_source_keep(m_state->buffer);
        m_state->archive = zip_open_from_source(m_state->buffer, ZIP_TRUNCATE, &error);
    }
    if (!m_state->archive)
        m_error = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
}

ZipWriter::~ZipWriter()
{
    if (m_state->archive)
        zip_discard(m_state->archive);
    if (m_state->buffer)
        zip_source_free(m_state->buffer);
}

bool ZipWriter::add(const QString &name, const QByteArray &data)
{
    if (!m_state->archive)
        return false;
    const QByteArray &kept = m_state->entries.emplace_back(data);
    zip_source_t *source = zip_source_buffer(m_state->archive, kept.constData(),
                                             zip_uint64_t(kept.size()), 0);
    const QByteArray utf8 = name.toUtf8();
    if (!source || zip_file_add(m_state->archive, utf8.constData(), source,
                                ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
        m_error = QString::fromUtf8(zip_strerror(m_state->archive));
        if (source)
            zip_source_free(source);
        return false;
    }
    return true;
}

QByteArray ZipWriter::finish()
{
    if (!m_state->archive)
        return {};
    if (zip_close(m_state->archive) < 0) {
        m_error = QString::fromUtf8(zip_strerror(m_state->archive));
        return {};
    }
    m_state->archive = nullptr;
    zip_stat_t stat;
    QByteArray out;
    if (zip_source_stat(m_state->buffer, &stat) < 0 || zip_source_open(m_state->buffer) < 0) {
        m_error = QStringLiteral("cannot read the zip archive back");
        return {};
    }
    out.resize(qsizetype(stat.size));
    const zip_int64_t read = zip_source_read(m_state->buffer, out.data(), stat.size);
    zip_source_close(m_state->buffer);
    if (read != zip_int64_t(stat.size)) {
        m_error = QStringLiteral("cannot read the zip archive back");
        return {};
    }
    return out;
}

} // namespace mailpath::app
