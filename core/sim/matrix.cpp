#include "simulator.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace mailpath::core {

std::vector<MatrixRow> runMatrix(const Simulator &simulator, const std::vector<std::string> &from,
                                 const std::vector<std::string> &to,
                                 const std::vector<uint16_t> &ports, unsigned threads)
{
    std::vector<MatrixRow> rows(from.size() * to.size() * ports.size());
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads = std::min<unsigned>(threads, std::max<size_t>(1, rows.size() / 64 + 1));
    // One work item per source: each source and each (source, sink) is resolved once.
    const size_t perSource = to.size() * ports.size();
    if (perSource == 0)
        return rows;
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (;;) {
            const size_t source = next.fetch_add(1);
            if (source >= from.size())
                return;
            MatrixRow *first = rows.data() + source * perSource;
            for (size_t i = 0; i < to.size(); ++i)
                for (size_t j = 0; j < ports.size(); ++j) {
                    auto &row = first[i * ports.size() + j];
                    row.from = from[source];
                    row.to = to[i];
                    row.port = ports[j];
                }
            simulator.traceVerdicts(from[source], to, ports, first);
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
