// The @neo4j/graphql peer for the side-by-side benchmark: an equivalent type
// definition (typedefs.graphql) over the graph eventgraph writes, served by
// Apollo Server on 127.0.0.1 (POST /). It needs APOC Core in the Neo4j it
// talks to (NEO4J_APOC=1 scripts/neo4j start).
//
//   NEO4J_URI=bolt://127.0.0.1:7688 PEER_PORT=4000 node server.mjs
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const host = new URL(uri.replace(/^bolt/, "http")).hostname;
if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
  throw new Error(`NEO4J_URI ${uri}: the peer benchmark runs on loopback only`);
}
const port = Number(process.env.PEER_PORT ?? 4000);
const typeDefs = readFileSync(new URL("./typedefs.graphql", import.meta.url), "utf8");
const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? "none"), {
  maxConnectionPoolSize: 64,
});
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema, introspection: false });
const { url } = await startStandaloneServer(server, {
  listen: { host: "127.0.0.1", port },
  context: async () => ({}),
});
console.log(`peer: @neo4j/graphql on ${url} against ${uri}`);
