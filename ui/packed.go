package ui

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"strings"
)

// packedLines is a long text kept as lines, deflated in chunks of
// chunkLines lines, the chunk last read kept unpacked. The report preview
// of a deal with 10,000 promises is 9.6 MB of text and its markdown 6.6
// MB; what the preview shows at a time is a few hundred lines, and its
// labels and styles repeat on every promise, so the two pack to about a
// tenth. Reading a line unpacks its chunk (some 40 KB) only when another was
// read last.
type packedLines struct {
	chunks [][]byte
	n      int
	// at is the chunk unpacked in unpacked (-1 for none), read with
	// inflate.
	at       int
	unpacked []string
	inflate  io.ReadCloser
	scratch  bytes.Buffer // what unpack inflates into, kept for the next
}

// chunkLines is the lines a chunk holds: more pack smaller, fewer unpack
// sooner.
const chunkLines = 512

// lines is the number of lines; nil has none.
func (p *packedLines) lines() int {
	if p == nil {
		return 0
	}
	return p.n
}

// reader reads the same lines with a chunk unpacked of its own: the
// packed chunks are never written once packed, so readers in different
// goroutines may share them.
func (p *packedLines) reader() *packedLines {
	return &packedLines{chunks: p.chunks, n: p.n, at: -1}
}

// line is line i.
func (p *packedLines) line(i int) string {
	c := i / chunkLines
	if c != p.at {
		p.unpacked, p.at = p.unpack(c), c
	}
	return p.unpacked[i%chunkLines]
}

// unpack is chunk c's lines.
func (p *packedLines) unpack(c int) []string {
	return strings.Split(strings.TrimSuffix(string(p.raw(c, &p.scratch)), "\n"), "\n")
}

// raw is chunk c unpacked into buf, which it empties first: the chunk's
// lines, each ended by a line break. The bytes are buf's, good until it is
// written again.
func (p *packedLines) raw(c int, buf *bytes.Buffer) []byte {
	r := bytes.NewReader(p.chunks[c])
	if p.inflate == nil {
		p.inflate = flate.NewReader(r)
	} else if err := p.inflate.(flate.Resetter).Reset(r, nil); err != nil {
		panic(fmt.Sprintf("packed lines: %v", err)) // only what pack wrote is read
	}
	buf.Reset()
	if _, err := buf.ReadFrom(p.inflate); err != nil {
		panic(fmt.Sprintf("packed lines: %v", err))
	}
	return buf.Bytes()
}

// chunkCount is the number of chunks.
func (p *packedLines) chunkCount() int { return len(p.chunks) }

// text is every line, each but the last followed by a line break.
func (p *packedLines) text() string {
	if p == nil {
		return ""
	}
	var b strings.Builder
	for c := range p.chunks {
		if c > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(strings.Join(p.unpack(c), "\n"))
	}
	return b.String()
}

// packer writes lines into a packedLines.
type packer struct {
	out   *packedLines
	chunk bytes.Buffer // the lines of the chunk being written, each ended by "\n"
	in    int          // how many
	buf   bytes.Buffer
	w     *flate.Writer
}

func newPacker() *packer {
	w, _ := flate.NewWriter(nil, flate.BestSpeed) // the level is valid
	return &packer{out: &packedLines{at: -1}, w: w}
}

// add writes a line made of parts; it has no line break in it.
func (p *packer) add(parts ...string) {
	for _, s := range parts {
		p.chunk.WriteString(s)
	}
	p.endLine()
}

// endLine ends the line being written, and packs the chunk once it is full.
func (p *packer) endLine() {
	p.chunk.WriteByte('\n')
	p.out.n++
	if p.in++; p.in == chunkLines {
		p.flush()
	}
}

// addBytes writes a line; it has no line break in it.
func (p *packer) addBytes(line []byte) {
	p.chunk.Write(line)
	p.endLine()
}

// flush packs the chunk being written.
func (p *packer) flush() {
	if p.in == 0 {
		return
	}
	p.buf.Reset()
	p.w.Reset(&p.buf)
	p.w.Write(p.chunk.Bytes()) // a bytes.Buffer takes every write
	p.w.Close()
	p.out.chunks = append(p.out.chunks, bytes.Clone(p.buf.Bytes()))
	p.chunk.Reset()
	p.in = 0
}

// done is what was written.
func (p *packer) done() *packedLines {
	p.flush()
	return p.out
}

// packText packs a text by its lines.
func packText(s string) *packedLines {
	p := newPacker()
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			break
		}
		p.add(s[:i])
		s = s[i+1:]
	}
	p.add(s)
	return p.done()
}
