package input

import (
	"io"
	"io/fs"
	"os"
	"syscall"
	"time"
)

// fifoGrace is how long a named pipe without a writer is waited for before
// it is reported. A variable so tests can shorten it.
var fifoGrace = 2 * time.Second

// openFile opens a file for reading. A named pipe is opened non-blocking:
// a plain open would hang until some process opens it for writing, which
// may never happen.
func openFile(p string, st fs.FileInfo) (*os.File, error) {
	if st.Mode()&fs.ModeNamedPipe != 0 {
		// Go registers a non-blocking pipe with its poller, so reads still
		// wait for data once a writer is there.
		return os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	}
	return os.Open(p)
}

// fifoReader reads a named pipe opened non-blocking. Such a pipe reads as
// end-of-file while no writer has it open; fifoReader waits up to fifoGrace
// for a writer to come, then reports ErrNoWriter. Once data has arrived,
// end-of-file is real.
type fifoReader struct {
	f      *os.File
	got    bool
	waited time.Duration
}

func (r *fifoReader) Read(p []byte) (int, error) {
	for {
		n, err := r.f.Read(p)
		if n > 0 {
			r.got = true
		}
		if err != io.EOF || r.got || len(p) == 0 {
			return n, err
		}
		if r.waited >= fifoGrace {
			return 0, ErrNoWriter
		}
		const step = 20 * time.Millisecond
		time.Sleep(step)
		r.waited += step
	}
}
