#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace mailpath::core {

/**
 * Calls work(i) for every i in [0, count), spread over `threads` threads (0: the hardware's),
 * the calling thread among them. Items are taken `batch` at a time, so cheap items stay cheap.
 */
template<typename F>
void parallelFor(size_t count, unsigned threads, F &&work, size_t batch = 1)
{
    if (count == 0)
        return;
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    batch = std::max<size_t>(1, batch);
    threads = unsigned(std::min<size_t>(threads, (count + batch - 1) / batch));
    std::atomic<size_t> next{0};
    auto run = [&] {
        for (size_t first = next.fetch_add(batch); first < count; first = next.fetch_add(batch))
            for (size_t i = first; i < std::min(count, first + batch); ++i)
                work(i);
    };
    std::vector<std::thread> pool;
    for (unsigned i = 1; i < threads; ++i)
        pool.emplace_back(run);
    run();
    for (auto &t : pool)
        t.join();
}

} // namespace mailpath::core
