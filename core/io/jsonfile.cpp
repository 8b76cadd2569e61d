#include "jsonfile.h"
#include "diagnostics.h"

#include <cstdio>
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

// nlohmann parses iteratively but serialises recursively; reject absurd nesting up front.
// Count the values too (one per ',' and opening bracket): parsed JSON is many times larger
// than its text, so a huge document is refused with a clear limit instead of exhausting memory.
bool checkDepth(std::string_view text, const std::string &fileName, InputError &error)
{
    int depth = 0;
    size_t values = 0;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{' || c == ',') {
            if (++values > maxJsonValues)
                return refuse(text, i, fileName,
                              "JSON holds more than " + std::to_string(maxJsonValues)
                                  + " values, the limit that keeps memory under about 1 GB;"
                                    " split the file",
                              error);
            if (c != ',' && ++depth > maxJsonDepth)
                return refuse(text, i, fileName,
                              "JSON nested deeper than " + std::to_string(maxJsonDepth)
                                  + " levels",
                              error);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return true;
}

} // namespace

bool parseJsonText(std::string_view text, const std::string &fileName, nlohmann::json &out,
                   InputError &error)
{
    if (!checkDepth(text, fileName, error))
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
                        + std::to_string(maxJsonFileBytes >> 20) + " MiB";
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
    const std::string temp = path + ".tmp-" + std::to_string(::getpid());
    FILE *f = std::fopen(temp.c_str(), "wb");
    if (!f) {
        error = "cannot write " + temp;
        return false;
    }
    const bool written = std::fwrite(contents.data(), 1, contents.size(), f) == contents.size();
    const bool flushed = std::fflush(f) == 0 && ::fsync(fileno(f)) == 0;
    std::fclose(f);
    if (!written || !flushed) {
        std::remove(temp.c_str());
        error = "cannot write " + path + " (disk full?)";
        return false;
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) {
        std::remove(temp.c_str());
        error = "cannot replace " + path + ": " + ec.message();
        return false;
    }
    return true;
}

} // namespace mailpath::core
