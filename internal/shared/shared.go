// Package shared locates the team's shared data directory (../shared beside
// the repository, or $WENXI_SHARED) for tests and evaluations.
package shared

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Root returns the shared directory, or "" when it is absent.
func Root() string {
	if d := os.Getenv("WENXI_SHARED"); d != "" {
		return d
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	// internal/shared/shared.go → repository root → ../shared
	d := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
	if st, err := os.Stat(filepath.Join(d, "data")); err == nil && st.IsDir() {
		return d
	}
	return ""
}

// Path returns the path of rel inside the shared directory, skipping the test
// with a clear message when the shared data is not there (a user's clone).
// In CI (CI=true) a missing directory fails the test instead, so CI cannot
// silently skip the evaluations.
func Path(t testing.TB, rel string) string {
	t.Helper()
	root := Root()
	p := filepath.Join(root, rel)
	if root != "" {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	msg := "shared data " + rel + " not found (expected ../shared beside the repository, or set WENXI_SHARED): skipping"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}
