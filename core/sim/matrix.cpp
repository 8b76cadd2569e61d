#include "simulator.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace mailpath::core {

std::vector<MatrixRow> runMatrix(const Simulator &simulator, const std::vector<std::string> &from,
                                 const std::vector<std::string> &to,
                                 const std::vector<uint16_t> &ports, unsigned threads)
{
    std::vector<MatrixRow> rows;
    rows.reserve(from.size() * to.size() * ports.size());
    for (const auto &f : from)
        for (const auto &t : to)
            for (auto p : ports)
                {
                MatrixRow row;
                row.from = f;
                row.to = t;
                row.port = p;
                rows.push_back(std::move(row));
            }
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads = std::min<unsigned>(threads, std::max<size_t>(1, rows.size() / 64 + 1));
    std::atomic<size_t> next{0};
    constexpr size_t chunk = 256;
    auto work = [&] {
        for (;;) {
            const size_t begin = next.fetch_add(chunk);
            if (begin >= rows.size())
                return;
            const size_t end = std::min(rows.size(), begin + chunk);
            for (size_t i = begin; i < end; ++i) {
                auto &row = rows[i];
                Query query;
                query.from = row.from;
                query.to = row.to;
                query.port = row.port;
                const Trace trace = simulator.trace(query);
                row.verdict = trace.verdict;
                row.blockedAt = trace.blockedAt;
            }
        }
    };
    std::vector<std::thread> pool;
    for (unsigned i = 1; i < threads; ++i)
        pool.emplace_back(work);
    work();
    for (auto &t : pool)
        t.join();
    return rows;
}

} // namespace mailpath::core
