package server

import (
	"context"
	"math"
	"time"

	"github.com/99designs/gqlgen/graphql"
	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"golang.org/x/time/rate"

	"github.com/eventgraph/eventgraph/domain"
)

// rateLimit gives each client (ClientKey) a budget of cost per second: a
// token bucket that an operation draws its price from (at least 1, at most
// the burst) once it is priced, and that refills at the configured rate.
// An operation the bucket cannot pay now is refused with RATE_LIMITED and
// how long to wait; it does not wait on the server.
type rateLimit struct {
	perSecond rate.Limit
	burst     int
	// clients holds the most recent clients' buckets; a client forgotten
	// comes back with a full one.
	clients *lru.Cache[string, *rate.Limiter]
}

var _ interface {
	graphql.OperationContextMutator
	graphql.HandlerExtension
} = (*rateLimit)(nil)

// rateLimitClients bounds the buckets kept.
const rateLimitClients = 10000

func newRateLimit(perSecond float64, burst int) *rateLimit {
	clients, _ := lru.New[string, *rate.Limiter](rateLimitClients)
	return &rateLimit{perSecond: rate.Limit(perSecond), burst: burst, clients: clients}
}

func (*rateLimit) ExtensionName() string                   { return "RateLimit" }
func (*rateLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (l *rateLimit) MutateOperationContext(ctx context.Context, op *graphql.OperationContext) *gqlerror.Error {
	key := clientKeyFrom(ctx)
	bucket, ok := l.clients.Get(key)
	if !ok {
		fresh := rate.NewLimiter(l.perSecond, l.burst)
		if prev, found, _ := l.clients.PeekOrAdd(key, fresh); found {
			bucket = prev
		} else {
			bucket = fresh
		}
	}
	cost := min(max(CostOf(ctx), 1), l.burst)
	now := time.Now()
	r := bucket.ReserveN(now, cost)
	wait := r.DelayFrom(now)
	if wait == 0 {
		return nil
	}
	r.CancelAt(now)
	seconds := int(math.Ceil(wait.Seconds()))
	err := gqlerror.Errorf("this client has spent its budget of %g cost per second; retry in %d s", float64(l.perSecond), seconds)
	err.Extensions = map[string]any{"code": string(domain.ERateLimited), "retryAfter": seconds}
	return err
}
