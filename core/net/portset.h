#pragma once

#include <boost/container/small_vector.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mailpath::core {

/** An inclusive TCP/UDP port range; a single port has lo == hi. */
struct PortRange
{
    uint16_t lo = 0;
    uint16_t hi = 65535;

    static PortRange single(uint16_t port) { return {port, port}; }
    static PortRange all() { return {0, 65535}; }
    /** "587", "1024-65535", "all" or "*". */
    static std::optional<PortRange> parse(std::string_view text);

    bool contains(uint16_t port) const { return port >= lo && port <= hi; }
    bool isSingle() const { return lo == hi; }
    bool isAll() const { return lo == 0 && hi == 65535; }
    uint32_t count() const { return uint32_t(hi) - lo + 1; }
    std::string toString() const;

    friend bool operator==(const PortRange &, const PortRange &) = default;
};

/**
 * A set of ports as sorted, disjoint, non-adjacent ranges. The simulator evaluates
 * ephemeral port ranges against ACLs as sets, so a partially allowed range is visible.
 */
class PortSet
{
public:
    /** Sets met in practice hold one or two ranges: stored inline, no allocation. */
    using Ranges = boost::container::small_vector<PortRange, 4>;

    PortSet() = default;
    PortSet(PortRange range) { add(range); }

    void add(PortRange range);
    void add(const PortSet &other);
    PortSet intersected(PortRange range) const;
    PortSet subtracted(PortRange range) const;

    bool empty() const { return m_ranges.empty(); }
    bool contains(uint16_t port) const;
    uint32_t count() const;
    const Ranges &ranges() const { return m_ranges; }
    std::string toString() const;

    friend bool operator==(const PortSet &, const PortSet &) = default;

private:
    Ranges m_ranges;
};

} // namespace mailpath::core
