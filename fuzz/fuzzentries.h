#pragma once

// The fuzzed entry points, shared by the libFuzzer targets (fuzz/fuzz_*.cpp) and by
// tests/core/tst_fuzzregressions.cpp, which replays every kept crash input through them in
// the normal build. Each returns normally on any input; a broken invariant aborts.

#include "core/io/awsimport.h"
#include "core/io/designfile.h"
#include "core/io/jsonfile.h"
#include "core/model/resources.h"
#include "core/net/address.h"
#include "core/net/portset.h"
#include "core/sim/simulator.h"

#include <bitset>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mailpath::fuzz {

[[noreturn]] inline void fail(const char *what, std::string_view detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s [%.*s]\n", what, int(detail.size()),
                 detail.data());
    std::abort();
}

#define MAILPATH_FUZZ_CHECK(cond, detail) \
    do { \
        if (!(cond)) \
            ::mailpath::fuzz::fail(#cond, detail); \
    } while (false)

//! Saved design text must load again; returns the loaded copy.
inline core::Design reloadSaved(const std::string &saved)
{
    nlohmann::json again;
    core::Design reloaded;
    core::InputError error;
    MAILPATH_FUZZ_CHECK(core::parseJsonText(saved, "saved", again, error), error.toString());
    MAILPATH_FUZZ_CHECK(core::designFromJson(again, "saved", reloaded, error), error.toString());
    return reloaded;
}

//! fuzz_aws_import: one describe-* file of any top-level key.
inline void awsImport(std::string_view data)
{
    nlohmann::json root;
    core::InputError error;
    if (!core::parseJsonText(data, "fuzz.json", root, error)) {
        MAILPATH_FUZZ_CHECK(error.file == "fuzz.json" && !error.message.empty(), data);
        return;
    }
    core::Design design;
    core::Diagnostics diagnostics;
    if (!core::importAwsJson(root, "fuzz.json", design, diagnostics, error)) {
        MAILPATH_FUZZ_CHECK(!error.message.empty(), data);
        return;
    }
    // What was imported must save and load again (the GUI's "import, then save").
    reloadSaved(core::serializeDesign(design));
}

//! fuzz_design_reader: parseJsonText + designFromJson; a loaded design round-trips.
inline void designReader(std::string_view data)
{
    nlohmann::json json;
    core::InputError error;
    if (!core::parseJsonText(data, "fuzz.mailpath.json", json, error))
        return;
    core::Design design;
    if (!core::designFromJson(json, "fuzz.mailpath.json", design, error)) {
        MAILPATH_FUZZ_CHECK(!error.message.empty(), data);
        return;
    }
    const std::string saved = core::serializeDesign(design);
    MAILPATH_FUZZ_CHECK(core::serializeDesign(reloadSaved(saved)) == saved, saved);
}

using PortBits = std::bitset<65536>;

inline PortBits bitsOf(const core::PortSet &set)
{
    PortBits bits;
    uint32_t previousHi = 0;
    bool first = true;
    for (const auto &r : set.ranges()) {
        MAILPATH_FUZZ_CHECK(r.lo <= r.hi, set.toString());
        // Sorted, disjoint and not adjacent.
        MAILPATH_FUZZ_CHECK(first || uint32_t(r.lo) > previousHi + 1, set.toString());
        first = false;
        previousHi = r.hi;
        for (uint32_t p = r.lo; p <= r.hi; ++p)
            bits.set(p);
    }
    MAILPATH_FUZZ_CHECK(set.count() == bits.count(), set.toString());
    return bits;
}

inline PortBits bitsOf(core::PortRange range)
{
    PortBits bits;
    for (uint32_t p = range.lo; p <= range.hi; ++p)
        bits.set(p);
    return bits;
}

inline void checkCidr(std::string_view text)
{
    std::string why;
    const auto cidr = core::Cidr::parse(text, &why);
    MAILPATH_FUZZ_CHECK(cidr.has_value() == why.empty(), text); // a rejection says why
    if (!cidr)
        return;
    // Accepted text is an address and a prefix only: no NUL, spaces or other junk.
    MAILPATH_FUZZ_CHECK(text.find_first_not_of("0123456789./") == std::string_view::npos, text);
    const int length = cidr->prefixLength();
    MAILPATH_FUZZ_CHECK(length >= 0 && length <= 32, text);
    MAILPATH_FUZZ_CHECK((cidr->baseValue() & ~cidr->mask()) == 0, text);
    MAILPATH_FUZZ_CHECK(cidr->contains(cidr->base()) && cidr->contains(cidr->last()), text);
    MAILPATH_FUZZ_CHECK(cidr->size() == cidr->last().to_uint() - uint64_t(cidr->baseValue()) + 1,
                        text);
    const std::string printed = cidr->toString();
    const auto again = core::Cidr::parse(printed);
    MAILPATH_FUZZ_CHECK(again && *again == *cidr, printed);
    MAILPATH_FUZZ_CHECK(cidr->contains(core::Cidr::host(cidr->base())), printed);
    MAILPATH_FUZZ_CHECK(core::Cidr::any().contains(*cidr), printed);
}

inline std::optional<core::PortRange> checkPortRange(std::string_view text)
{
    const auto range = core::PortRange::parse(text);
    if (!range)
        return range;
    MAILPATH_FUZZ_CHECK(range->lo <= range->hi, text);
    const std::string printed = range->toString();
    const auto again = core::PortRange::parse(printed);
    MAILPATH_FUZZ_CHECK(again && *again == *range, printed);
    return range;
}

//! fuzz_cidr_ports: lines of text are CIDRs and port ranges; the ranges drive PortSet
//! operations checked against a bitmap of all 65,536 ports.
inline void cidrPorts(std::string_view data)
{
    core::PortSet set;
    PortBits expected;
    size_t start = 0;
    int op = 0;
    while (start <= data.size()) {
        size_t end = data.find('\n', start);
        if (end == std::string_view::npos)
            end = data.size();
        const std::string_view line = data.substr(start, end - start);
        start = end + 1;
        checkCidr(line);
        const auto range = checkPortRange(line);
        if (!range)
            continue;
        const PortBits bits = bitsOf(*range);
        switch (op++ % 4) {
        case 0:
            set.add(*range);
            expected |= bits;
            break;
        case 1: {
            const auto cut = set.intersected(*range);
            MAILPATH_FUZZ_CHECK(bitsOf(cut) == (expected & bits), cut.toString());
            break;
        }
        case 2:
            set = set.subtracted(*range);
            expected &= ~bits;
            break;
        case 3: {
            core::PortSet other(*range);
            set.add(other);
            expected |= bits;
            break;
        }
        }
        MAILPATH_FUZZ_CHECK(bitsOf(set) == expected, set.toString());
        MAILPATH_FUZZ_CHECK(set.contains(range->lo) == expected.test(range->lo), line);
    }
}

template<typename T>
void collectIds(const core::Design &design, std::vector<std::string> &ids, size_t most)
{
    size_t taken = 0;
    for (const auto &[id, value] : design.all<T>()) {
        if (taken++ == most)
            break;
        ids.push_back(id);
    }
}

//! fuzz_trace: a fuzzed design, then a trace between every pair of a few endpoints.
inline void trace(std::string_view data)
{
    nlohmann::json json;
    core::InputError error;
    if (!core::parseJsonText(data, "fuzz.mailpath.json", json, error))
        return;
    core::Design design;
    if (!core::designFromJson(json, "fuzz.mailpath.json", design, error))
        return;
    std::vector<std::string> endpoints;
    for (const auto &flow : design.flows()) {
        if (endpoints.size() >= 4)
            break;
        endpoints.push_back(flow.from);
        endpoints.push_back(flow.to);
    }
    collectIds<core::Instance>(design, endpoints, 2);
    collectIds<core::Eni>(design, endpoints, 2);
    collectIds<core::SesEndpoint>(design, endpoints, 1);
    collectIds<core::SmtpServer>(design, endpoints, 1);
    collectIds<core::LoadBalancer>(design, endpoints, 1);
    collectIds<core::InternetHost>(design, endpoints, 1);
    endpoints.push_back("email-smtp.us-east-1.amazonaws.com");
    endpoints.push_back("203.0.113.5");
    const core::Simulator simulator(design);
    for (const auto &from : endpoints) {
        for (const auto &to : endpoints) {
            for (const uint16_t port : {uint16_t(25), uint16_t(587)}) {
                core::Query query;
                query.from = from;
                query.to = to;
                query.port = port;
                const auto result = simulator.trace(query);
                MAILPATH_FUZZ_CHECK(result.delivered() != result.blockedAt.has_value(),
                                    from + " -> " + to);
                (void)core::traceToJson(result).dump();
            }
        }
    }
}

} // namespace mailpath::fuzz
