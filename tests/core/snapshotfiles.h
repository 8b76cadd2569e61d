#pragma once

// An AWS snapshot directory held in memory as raw describe-* responses, so a test can patch the
// JSON a user would have collected and import the result as the user would.

#include <QtTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

namespace mailpath::testing {

/** File name -> the describe-* response it holds. */
using SnapshotFiles = std::map<std::string, nlohmann::json>;

inline SnapshotFiles readSnapshot(const std::string &dir)
{
    SnapshotFiles files;
    for (const auto &entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".json") {
            std::ifstream in(entry.path());
            files[entry.path().filename().string()] = nlohmann::json::parse(in);
        }
    return files;
}

/** Writes every file into dir; false if one could not be written. */
inline bool writeSnapshot(const SnapshotFiles &files, const QString &dir)
{
    for (const auto &[name, json] : files) {
        std::ofstream out(QDir(dir).filePath(QString::fromStdString(name)).toStdString());
        out << json.dump(1);
        if (!out)
            return false;
    }
    return true;
}

} // namespace mailpath::testing
