#include "portset.h"

#include <algorithm>
#include <charconv>

namespace mailpath::core {

namespace {
std::optional<uint16_t> parsePort(std::string_view text)
{
    unsigned value = 0;
    const auto *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || text.empty() || value > 65535)
        return std::nullopt;
    return uint16_t(value);
}
} // namespace

std::optional<PortRange> PortRange::parse(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    if (text == "all" || text == "*")
        return all();
    const auto dash = text.find('-');
    if (dash == std::string_view::npos) {
        const auto port = parsePort(text);
        return port ? std::optional<PortRange>(single(*port)) : std::nullopt;
    }
    const auto lo = parsePort(text.substr(0, dash));
    const auto hi = parsePort(text.substr(dash + 1));
    if (!lo || !hi || *lo > *hi)
        return std::nullopt;
    return PortRange{*lo, *hi};
}

std::string PortRange::toString() const
{
    if (isAll())
        return "all";
    if (isSingle())
        return std::to_string(lo);
    return std::to_string(lo) + '-' + std::to_string(hi);
}

void PortSet::add(PortRange range)
{
    if (m_ranges.empty()) {
        m_ranges.push_back(range);
        return;
    }
    Ranges merged;
    bool placed = false;
    for (const auto &r : m_ranges) {
        if (uint32_t(r.hi) + 1 < range.lo) {
            merged.push_back(r);
        } else if (uint32_t(range.hi) + 1 < r.lo) {
            if (!placed) {
                merged.push_back(range);
                placed = true;
            }
            merged.push_back(r);
        } else {
            range = {std::min(r.lo, range.lo), std::max(r.hi, range.hi)};
        }
    }
    if (!placed)
        merged.push_back(range);
    m_ranges = std::move(merged);
}

void PortSet::add(const PortSet &other)
{
    for (const auto &r : other.m_ranges)
        add(r);
}

PortSet PortSet::intersected(PortRange range) const
{
    PortSet result;
    for (const auto &r : m_ranges) {
        const auto lo = std::max(r.lo, range.lo);
        const auto hi = std::min(r.hi, range.hi);
        if (lo <= hi)
            result.m_ranges.push_back({lo, hi});
    }
    return result;
}

PortSet PortSet::subtracted(PortRange range) const
{
    PortSet result;
    for (const auto &r : m_ranges) {
        if (r.hi < range.lo || r.lo > range.hi) {
            result.m_ranges.push_back(r);
            continue;
        }
        if (r.lo < range.lo)
            result.m_ranges.push_back({r.lo, uint16_t(range.lo - 1)});
        if (r.hi > range.hi)
            result.m_ranges.push_back({uint16_t(range.hi + 1), r.hi});
    }
    return result;
}

bool PortSet::contains(uint16_t port) const
{
    return std::any_of(m_ranges.begin(), m_ranges.end(),
                       [port](const PortRange &r) { return r.contains(port); });
}

uint32_t PortSet::count() const
{
    uint32_t total = 0;
    for (const auto &r : m_ranges)
        total += r.count();
    return total;
}

std::string PortSet::toString() const
{
    if (m_ranges.empty())
        return "none";
    std::string text;
    for (const auto &r : m_ranges) {
        if (!text.empty())
            text += ", ";
        text += r.isAll() ? std::string("0-65535") : r.toString();
    }
    return text;
}

} // namespace mailpath::core
