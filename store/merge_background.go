package store

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// Merges in the background. A merge of a very busy actor takes many steps
// (merge_actors.go), more than a request's deadline allows on a loaded
// machine. StartMerge runs it apart from the request that asked for it,
// under the store's lifetime, and answers once it is done or the caller's
// patience is spent, with where it stands; MergeProgressOf says so later.
// Each step commits on its own and the claim on the actors records all
// the merge needs, so a merge cut short (the process stopped, crashed, or
// Close was called) is finished by ResumeMerges at the next start, or by
// asking for it again.

// MergeProgress is where a merge stands.
type MergeProgress struct {
	Into, From string
	// Done: From is merged away (Survivor is Into as it stands then).
	Done     bool
	Survivor domain.Actor
	// EventsMoved is how many of From's events the merge has moved so far
	// (all of them once Done); EventsLeft how many it still has to move.
	EventsMoved, EventsLeft int
	// Since is when the merge began (zero for one done in a single step).
	Since time.Time
}

// backgroundMerges are the merges a Store runs apart from their requests.
type backgroundMerges struct {
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

func newBackgroundMerges() backgroundMerges {
	ctx, cancel := context.WithCancel(context.Background())
	return backgroundMerges{ctx: ctx, cancel: cancel}
}

// stop cancels the merges going on and waits for them to stop.
func (b *backgroundMerges) stop() {
	b.cancel()
	b.wg.Wait()
}

// run runs merge in the background; its result goes to the channel it
// returns (buffered: nobody need read it).
func (b *backgroundMerges) run(ctx context.Context, merge func(ctx context.Context) (domain.Actor, error)) <-chan mergeResult {
	out := make(chan mergeResult, 1)
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		// The request's values (who asked) but not its deadline: the
		// store's lifetime bounds it.
		ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
		defer cancel()
		stop := context.AfterFunc(b.ctx, cancel)
		defer stop()
		a, err := merge(ctx)
		out <- mergeResult{a, err}
	}()
	return out
}

type mergeResult struct {
	actor domain.Actor
	err   error
}

// StartMerge merges from into into as MergeActors does, but waits at
// most wait for it: a merge not done by then goes on in the background
// and the answer says how far it has come (Done false). Bad input and
// unknown actors fail at once, as MergeActors's do; a merge that fails
// after wait has passed leaves its claim, and asking again (or
// ResumeMerges) takes it up.
func (s *Store) StartMerge(ctx context.Context, into, from string, cur domain.Curation, wait time.Duration) (MergeProgress, error) {
	if into == from {
		return MergeProgress{}, domain.Invalid("from", "is the actor to merge into (%q)", into)
	}
	// The claim first, in a transaction of its own: from then on the
	// merge is one MergeProgressOf sees and ResumeMerges finishes. One
	// held by another merge is left to the merge, which waits its turn.
	_, err := s.write(ctx, func(t neo4j.ManagedTransaction) (any, error) {
		return nil, s.claimMerge(ctx, t, into, from, cur)
	})
	if err != nil && !errors.Is(err, errActorBeingMerged) {
		return MergeProgress{}, err
	}
	done := s.merges.run(ctx, func(ctx context.Context) (domain.Actor, error) { return s.MergeActors(ctx, into, from, cur) })
	timer := time.NewTimer(wait)
	defer timer.Stop()
	select {
	case r := <-done:
		if r.err != nil {
			return MergeProgress{}, r.err
		}
		p, err := s.MergeProgressOf(ctx, from)
		p.Survivor = r.actor
		return p, err
	case <-timer.C:
	case <-ctx.Done():
	}
	return s.MergeProgressOf(context.WithoutCancel(ctx), from)
}

// cypherMergeProgress reads the merge of $from: done (from merged away),
// going on (from claimed by a merge), or neither.
const cypherMergeProgress = `
OPTIONAL MATCH (m:MergedActor {id: $from})
OPTIONAL MATCH (b:Actor {id: $from}) WHERE b.mergeClaim ENDS WITH '<-' + b.id
RETURN m.into AS mergedInto, m.mergeMoved AS mergedMoved, m.mergedAt AS mergedAt,
       b.mergeClaim AS claim, b.mergeMoved AS moved, b.mergeSince AS since,
       CASE WHEN b IS NULL THEN 0 ELSE COUNT { (b)-[:INVOLVED_IN]->() } END AS left`

// MergeProgressOf says where the merge of the actor from stands: done
// once from is merged away, going on while a merge holds it. NOT_FOUND
// (from) when from is an actor no merge holds, or no actor at all.
func (s *Store) MergeProgressOf(ctx context.Context, from string) (MergeProgress, error) {
	recs, err := s.read(ctx, cypherMergeProgress, map[string]any{"from": from})
	if err != nil {
		return MergeProgress{}, err
	}
	r := recs[0]
	if into := recordString(r, "mergedInto"); into != "" {
		return MergeProgress{Into: into, From: from, Done: true, EventsMoved: recordInt(r, "mergedMoved")}, nil
	}
	claim := recordString(r, "claim")
	if claim == "" {
		return MergeProgress{}, domain.NotFound("from", "no merge of an actor %q is going on or done", from)
	}
	into, _, _ := strings.Cut(claim, "<-")
	return MergeProgress{Into: into, From: from, EventsMoved: recordInt(r, "moved"), EventsLeft: recordInt(r, "left"),
		Since: toTime(r.AsMap()["since"])}, nil
}

// cypherUnfinishedMerges reads the merges claimed and not done: the
// actor merged away carries its claim "into<-from".
const cypherUnfinishedMerges = `
MATCH (b:Actor) WHERE b.mergeClaim ENDS WITH '<-' + b.id
RETURN b.mergeClaim AS claim, b.mergeBy AS by, b.mergeReason AS reason`

// ResumeMerges finishes, in the background, the merges a process began
// and did not finish (stopped or crashed between two steps), as the
// analyst who asked for each; it returns how many it took up. One that
// another process is still running is run by both, a step at a time
// (each step locks the actors): the first to finish makes the merge, and
// the other finds it done.
func (s *Store) ResumeMerges(ctx context.Context) (int, error) {
	recs, err := s.read(ctx, cypherUnfinishedMerges, nil)
	if err != nil {
		return 0, err
	}
	for _, r := range recs {
		into, from, _ := strings.Cut(recordString(r, "claim"), "<-")
		cur := domain.Curation{By: recordString(r, "by"), Reason: recordString(r, "reason")}
		s.merges.run(ctx, func(ctx context.Context) (domain.Actor, error) {
			a, err := s.MergeActors(ctx, into, from, cur)
			if domain.CodeOf(err) == domain.ENotFound {
				err = nil // finished by another process meanwhile
			}
			return a, err
		})
	}
	return len(recs), nil
}

// cypherMergesInto reads the merges going on into the actors: an actor
// being merged into carries the claim "id<-from".
const cypherMergesInto = `
UNWIND $ids AS id
MATCH (a:Actor {id: id}) WHERE a.mergeClaim STARTS WITH id + '<-'
WITH id, substring(a.mergeClaim, size(id) + 2) AS from
MATCH (b:Actor {id: from}) WHERE b.mergeClaim = id + '<-' + from
RETURN id, from, b.mergeMoved AS moved, b.mergeSince AS since, COUNT { (b)-[:INVOLVED_IN]->() } AS left`

// MergesInto returns, by actor id, the merge going on into each of the
// actors that has one (not done: begun in the background, or cut short).
func (s *Store) MergesInto(ctx context.Context, ids []string) (map[string]*MergeProgress, error) {
	recs, err := s.read(ctx, cypherMergesInto, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string]*MergeProgress, len(recs))
	for _, r := range recs {
		id := recordString(r, "id")
		out[id] = &MergeProgress{Into: id, From: recordString(r, "from"), EventsMoved: recordInt(r, "moved"),
			EventsLeft: recordInt(r, "left"), Since: toTime(r.AsMap()["since"])}
	}
	return out, nil
}
