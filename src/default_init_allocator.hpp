// An allocator whose value-less construct() leaves a trivial element
// uninitialised, so that resize() of a buffer about to be written whole
// does not first write zeros over it (Document's per-code-point arrays:
// four bytes each per code point, written twice without it).
#pragma once

#include <memory>
#include <new>
#include <utility>

namespace claimlint {

template <typename T>
struct DefaultInitAllocator : std::allocator<T> {
    template <typename U>
    struct rebind {
        using other = DefaultInitAllocator<U>;
    };
    DefaultInitAllocator() = default;
    template <typename U>
    DefaultInitAllocator(const DefaultInitAllocator<U>&) noexcept {}

    template <typename U>
    void construct(U* p) noexcept {
        ::new (static_cast<void*>(p)) U;
    }
    template <typename U, typename... Args>
    void construct(U* p, Args&&... args) {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
};

}  // namespace claimlint
