#include "source.h"

#include "awsimport.h"
#include "designfile.h"

#include <filesystem>

namespace mailpath::core {

bool loadSource(const std::string &path, Design &out, Diagnostics &diagnostics, InputError &error)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return importAwsSnapshot(path, out, diagnostics, error);
    if (!std::filesystem::exists(path, ec)) {
        error = {path, 0, 0, "no such file or folder"};
        return false;
    }
    nlohmann::json json;
    if (!parseJsonFile(path, json, error))
        return false;
    if (isDesignJson(json))
        return designFromJson(json, path, out, error);
    return importAwsFile(path, out, diagnostics, error);
}

} // namespace mailpath::core
