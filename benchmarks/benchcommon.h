#pragma once

// Shared helpers of the benchmark programs: synthetic accounts (generated once into the
// build tree by gen_account.py), templates, and the process's peak memory.

#include "core/io/awsimport.h"
#include "core/io/designfile.h"
#include "core/model/design.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>

namespace mailpath::bench {

/** Folder of a generated account with `enis` workload ENIs (40 VPCs, 200 subnets, TGW). */
inline std::string accountDir(int enis, int vpcs = 40, int subnetsPerVpc = 5)
{
    const std::string dir = std::string(MAILPATH_BENCH_DATA_DIR) + "/account-" + std::to_string(enis)
                            + "-" + std::to_string(vpcs) + "x" + std::to_string(subnetsPerVpc);
    if (!std::filesystem::exists(dir + "/Vpcs.json")) {
        const std::string command = "python3 \"" MAILPATH_SOURCE_DIR "/benchmarks/gen_account.py\""
                                    " --enis " + std::to_string(enis) + " --vpcs "
                                    + std::to_string(vpcs) + " --subnets-per-vpc "
                                    + std::to_string(subnetsPerVpc) + " -o \"" + dir + "\"";
        if (std::system(command.c_str()) != 0)
            throw std::runtime_error("cannot generate " + dir);
    }
    return dir;
}

inline void importAccount(const std::string &dir, core::Design &design)
{
    core::Diagnostics diagnostics;
    core::InputError error;
    if (!core::importAwsSnapshot(dir, design, diagnostics, error))
        throw std::runtime_error("import of " + dir + " failed: " + error.message);
}

/** A generated account, imported once per process and kept (benchmarks share it). */
inline const core::Design &cachedAccount(int enis, int vpcs = 40, int subnetsPerVpc = 5)
{
    static std::map<std::string, std::unique_ptr<core::Design>> cache;
    const std::string dir = accountDir(enis, vpcs, subnetsPerVpc);
    auto &slot = cache[dir];
    if (!slot) {
        slot = std::make_unique<core::Design>();
        importAccount(dir, *slot);
    }
    return *slot;
}

inline core::Design loadTemplate(const std::string &name)
{
    core::Design design;
    core::InputError error;
    const std::string path = MAILPATH_SOURCE_DIR "/resources/templates/" + name + ".mailpath.json";
    if (!core::readDesignFile(path, design, error))
        throw std::runtime_error("cannot read " + path + ": " + error.message);
    return design;
}

/** Peak resident set size of this process in MiB (VmHWM of /proc/self/status). */
inline double peakMemoryMiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
    return 0;
}

} // namespace mailpath::bench
