#include "jsonfile.h"
#include "diagnostics.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <unordered_set>
#include <vector>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace mailpath::core {



std::string InputError::toString() const
{
    std::string text = file;
    if (line > 0)
        text += ':' + std::to_string(line) + ':' + std::to_string(column);
    return text + ": " + message;
}

namespace {

void locate(std::string_view text, size_t offset, int &line, int &column)
{
    line = 1;
    column = 1;
    offset = std::min(offset, text.size());
    for (size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
}

bool refuse(std::string_view text, size_t offset, const std::string &fileName,
            std::string message, InputError &error)
{
    error.file = fileName;
    locate(text, offset, error.line, error.column);
    error.message = std::move(message);
    return false;
}

/** The keys of one open object: a short list, a hash set once the object grows. */
class KeySet
{
public:
    /** False when key was already there. */
    bool insert(std::string_view key)
    {
        if (m_set.empty()) {
            if (std::find(m_small.begin(), m_small.end(), key) != m_small.end())
                return false;
            m_small.push_back(key);
            if (m_small.size() > 16)
                m_set.insert(m_small.begin(), m_small.end());
            return true;
        }
        return m_set.insert(key).second;
    }

private:
    std::vector<std::string_view> m_small;
    std::unordered_set<std::string_view> m_set;
};

size_t skipSpace(std::string_view text, size_t i)
{
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r'
                               || text[i] == '\t'))
        ++i;
    return i;
}

// nlohmann parses iteratively but serialises recursively; reject absurd nesting up front.
// Count the values too (one per ',' and opening bracket): parsed JSON is many times larger
// than its text, so a huge document is refused with a clear limit instead of exhausting memory.
// nlohmann keeps the last of two equal keys in silence: a key given twice is refused here.
bool checkStructure(std::string_view text, const std::string &fileName, InputError &error)
{
    std::vector<std::optional<KeySet>> open; // one per bracket; a key set for objects
    size_t values = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            const size_t start = i + 1;
            for (++i; i < text.size() && text[i] != '"'; ++i)
                if (text[i] == '\\')
                    ++i;
            const size_t next = skipSpace(text, i + 1);
            if (!open.empty() && open.back() && next < text.size() && text[next] == ':'
                && !open.back()->insert(text.substr(start, i - start)))
                return refuse(text, start - 1, fileName,
                              "duplicate key \"" + std::string(text.substr(start, i - start))
                                  + "\" in one object (JSON keeps only one of them)",
                              error);
        } else if (c == '[' || c == '{' || c == ',') {
            if (++values > maxJsonValues)
                return refuse(text, i, fileName,
                              "JSON holds more than " + std::to_string(maxJsonValues)
                                  + " values, the limit that keeps memory under about 1 GB;"
                                    " split the file",
                              error);
            if (c == ',')
                continue;
            if (open.size() >= size_t(maxJsonDepth))
                return refuse(text, i, fileName,
                              "JSON nested deeper than " + std::to_string(maxJsonDepth)
                                  + " levels",
                              error);
            open.emplace_back(c == '{' ? std::optional<KeySet>(KeySet()) : std::nullopt);
        } else if ((c == ']' || c == '}') && !open.empty()) {
            open.pop_back();
        }
    }
    return true;
}

/** UTF-16 text (a BOM or a NUL in every other byte of the first ones) is not JSON we read. */
bool looksUtf16(std::string_view text)
{
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
        return true;
    return text.size() >= 4 && ((text[0] == 0 && text[2] == 0) || (text[1] == 0 && text[3] == 0));
}

} // namespace

bool parseJsonText(std::string_view text, const std::string &fileName, nlohmann::json &out,
                   InputError &error)
{
    if (looksUtf16(text))
        return refuse(text, 0, fileName, "UTF-16 is not supported; save as UTF-8", error);
    if (!checkStructure(text, fileName, error))
        return false;
    try {
        out = nlohmann::json::parse(text.begin(), text.end());
        return true;
    } catch (const nlohmann::json::parse_error &e) {
        error.file = fileName;
        // byte is 1-based and points just past the offending character.
        locate(text, e.byte > 0 ? e.byte - 1 : 0, error.line, error.column);
        std::string what = e.what();
        if (const auto pos = what.find("syntax error"); pos != std::string::npos)
            what = what.substr(pos);
        error.message = text.empty() ? std::string("empty file, expected JSON") : what;
        return false;
    } catch (const nlohmann::json::exception &e) {
        // out_of_range 406 "number overflow parsing '9E99999'" carries no position: find it.
        error.file = fileName;
        std::string what = e.what();
        if (const auto open = what.find("parsing '"); open != std::string::npos) {
            const auto number = what.substr(open + 9, what.find('\'', open + 9) - open - 9);
            if (const auto at = text.find(number); !number.empty() && at != text.npos)
                locate(text, at, error.line, error.column);
        }
        if (const auto pos = what.find("] "); pos != std::string::npos)
            what = what.substr(pos + 2);
        error.message = what;
        return false;
    }
}

bool parseJsonFile(const std::string &path, nlohmann::json &out, InputError &error)
{
    error = {};
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        error.file = path;
        error.message = "cannot read file: " + ec.message();
        return false;
    }
    if (size > maxJsonFileBytes) {
        error.file = path;
        error.message = "file is " + std::to_string(size >> 20) + " MiB; the limit is "
                        + std::to_string(maxJsonFileBytes >> 20)
                        + " MiB (split the snapshot into several files)";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error.file = path;
        error.message = "cannot open file";
        return false;
    }
    std::string text(size, '\0');
    in.read(text.data(), std::streamsize(size));
    text.resize(size_t(in.gcount()));
    return parseJsonText(text, path, out, error);
}

bool writeFileAtomically(const std::string &path, std::string_view contents, std::string &error)
{
    std::error_code statusError;
    const auto type = std::filesystem::status(path, statusError).type(); // follows links
    if (type != std::filesystem::file_type::not_found
        && type != std::filesystem::file_type::regular) {
        error = "cannot write " + path + ": not a regular file; a FIFO, device or folder is "
                "never replaced";
        return false;
    }
    // Through a symbolic link the file it points at is replaced, and keeps its permissions.
    std::string target = path;
    if (std::filesystem::is_symlink(path, statusError)) {
        const auto resolved = std::filesystem::weakly_canonical(path, statusError);
        if (!statusError && !resolved.empty())
            target = resolved.string();
    }
    const std::string temp = target + ".tmp-" + std::to_string(::getpid());
    FILE *f = std::fopen(temp.c_str(), "wb");
    if (!f) {
        error = "cannot write " + temp;
        return false;
    }
    if (type == std::filesystem::file_type::regular) {
        const auto kept = std::filesystem::status(target, statusError).permissions();
        std::filesystem::permissions(temp, kept, statusError);
    }
    const bool written = std::fwrite(contents.data(), 1, contents.size(), f) == contents.size();
    const bool flushed = std::fflush(f) == 0 && ::fsync(fileno(f)) == 0;
    const bool closed = std::fclose(f) == 0;
    if (!written || !flushed || !closed) {
        std::remove(temp.c_str());
        error = "cannot write " + path + " (disk full?)";
        return false;
    }
    std::error_code ec;
    std::filesystem::rename(temp, target, ec);
    if (ec) {
        std::remove(temp.c_str());
        error = "cannot replace " + path + ": " + ec.message();
        return false;
    }
    return true;
}

} // namespace mailpath::core
