#include "parallel.h"
#include "simulator.h"

namespace mailpath::core {

std::vector<MatrixRow> runMatrix(const Simulator &simulator, const std::vector<std::string> &from,
                                 const std::vector<std::string> &to,
                                 const std::vector<uint16_t> &ports, unsigned threads)
{
    std::vector<MatrixRow> rows(from.size() * to.size() * ports.size());
    // One work item per source: each source and each (source, sink) is resolved once.
    const size_t perSource = to.size() * ports.size();
    if (perSource == 0)
        return rows;
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads = std::min<unsigned>(threads, std::max<size_t>(1, rows.size() / 64 + 1));
    parallelFor(from.size(), threads, [&](size_t source) {
        MatrixRow *first = rows.data() + source * perSource;
        for (size_t i = 0; i < to.size(); ++i)
            for (size_t j = 0; j < ports.size(); ++j) {
                auto &row = first[i * ports.size() + j];
                row.from = from[source];
                row.to = to[i];
                row.port = ports[j];
            }
        simulator.traceVerdicts(from[source], to, ports, first);
    });
    return rows;
}

} // namespace mailpath::core
