#pragma once

#include "address.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace mailpath::core {

/**
 * Longest-prefix-match table: one hash map per prefix length present, probed from the
 * longest length down. Route tables have few distinct lengths, so a lookup is a handful
 * of masked hash probes with no allocation.
 */
template<typename T>
class PrefixTable
{
public:
    /** Inserts or returns the existing value for exactly this prefix (caller resolves ties). */
    T &insert(const Cidr &cidr, T value)
    {
        auto &bucket = bucketFor(cidr.prefixLength());
        auto [it, inserted] = bucket.entries.try_emplace(cidr.baseValue(), std::move(value));
        if (inserted)
            ++m_size;
        return it->second;
    }

    T *exact(const Cidr &cidr)
    {
        for (auto &bucket : m_buckets) {
            if (bucket.length == cidr.prefixLength()) {
                auto it = bucket.entries.find(cidr.baseValue());
                return it == bucket.entries.end() ? nullptr : &it->second;
            }
        }
        return nullptr;
    }

    const T *lookup(Ipv4 address, Cidr *matched = nullptr) const
    {
        const uint32_t value = address.to_uint();
        for (const auto &bucket : m_buckets) {
            auto it = bucket.entries.find(value & bucket.mask);
            if (it != bucket.entries.end()) {
                if (matched)
                    *matched = Cidr(Ipv4(value & bucket.mask), bucket.length);
                return &it->second;
            }
        }
        return nullptr;
    }

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    template<typename F>
    void forEach(F &&f) const
    {
        for (const auto &bucket : m_buckets)
            for (const auto &[base, value] : bucket.entries)
                f(Cidr(Ipv4(base), bucket.length), value);
    }

private:
    struct Bucket
    {
        int length = 0;
        uint32_t mask = 0;
        std::unordered_map<uint32_t, T> entries;
    };

    Bucket &bucketFor(int length)
    {
        for (auto &bucket : m_buckets)
            if (bucket.length == length)
                return bucket;
        Bucket bucket;
        bucket.length = length;
        bucket.mask = Cidr(Ipv4(), length).mask();
        m_buckets.push_back(std::move(bucket));
        std::sort(m_buckets.begin(), m_buckets.end(),
                  [](const Bucket &a, const Bucket &b) { return a.length > b.length; });
        for (auto &b : m_buckets)
            if (b.length == length)
                return b;
        return m_buckets.front();
    }

    std::vector<Bucket> m_buckets;
    size_t m_size = 0;
};

} // namespace mailpath::core
