// A real LTI 1.3 tool for Surgalt's tests: ltijs (1EdTech-certified, from npm) with its Sequelize
// plugin on the tests' own MariaDB. Nothing LTI-specific is written here: ltijs does the OIDC login,
// checks the state cookie, the nonce, the signature (against the platform's JWKS) and the claims.
// Environment: TOOL_PORT, DB_HOST, DB_PORT, DB_NAME, PLATFORM_URL (issuer), CLIENT_ID.
const path = require('path')
const lti = require('ltijs').Provider
const Database = require('ltijs-sequelize')

const env = (name) => {
  const value = process.env[name]
  if (!value) throw new Error('missing ' + name)
  return value
}

const db = new Database(env('DB_NAME'), 'root', '', {
  host: env('DB_HOST'),
  port: Number(env('DB_PORT')),
  dialect: 'mariadb',
  logging: false
})

lti.setup('surgalt-test-tool-key', { plugin: db }, {
  // Loopback http: cookies without the secure flag, still required and checked (no devMode).
  cookies: { secure: false, sameSite: 'Lax' },
  tokenMaxAge: 60
})

// A launch that ltijs accepted: the tool answers with what it read from the id_token. A target link
// with score=N first sends the learner's score N/10 through Assignment and Grade Services (ltijs gets
// its access token from the platform with a client assertion it signs).
lti.onConnect(async (token, req, res) => {
  const target = new URL(token.platformContext.targetLinkUri)
  let graded = ''
  if (target.searchParams.has('score')) {
    try {
      await lti.Grade.submitScore(res.locals.token, token.platformContext.endpoint.lineitem, {
        userId: token.user,
        scoreGiven: Number(target.searchParams.get('score')),
        scoreMaximum: 10,
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded'
      })
      graded = 'SCORE SENT '
    } catch (e) {
      graded = 'SCORE FAILED ' + e.message + ' '
    }
  }
  const answer = (text) => (req.get('accept') || '').includes('text/html')
    // A browser gets a page of its own (framed in Surgalt's page, axe checks it too).
    ? res.send('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>ltijs test tool</title></head>' +
      '<body><main><p id="launch">' + text.replace(/&/g, '&amp;').replace(/</g, '&lt;') + '</p></main></body></html>')
    : res.send(text)
  return answer(graded + 'TOOL ACCEPTED LAUNCH ' + JSON.stringify({
    user: token.user,
    deployment: token.deploymentId,
    name: token.userInfo.name,
    resourceLink: token.platformContext.resource,
    roles: token.platformContext.roles,
    context: token.platformContext.context,
    targetLinkUri: token.platformContext.targetLinkUri,
    messageType: token.platformContext.messageType,
    email: token.userInfo.email,
    custom: token.platformContext.custom,
    namesRoles: token.platformContext.namesRoles,
    endpoint: token.platformContext.endpoint,
    ltik: res.locals.ltik
  }))
})

// Routes the tests call after a launch (with its ltik and the tool's session cookie) to make ltijs use
// the platform's services: Names and Role Provisioning and Assignment and Grade Services. Each answers
// with what ltijs got, or {error, status} when the platform refused.
const service = (call) => async (req, res) => {
  try {
    return res.send({ result: await call(res.locals.token, req) })
  } catch (e) {
    return res.send({ error: e.message, status: e.response ? e.response.statusCode : undefined })
  }
}
const option = (req, name) => req.query[name] === undefined ? undefined : req.query[name]
lti.app.get('/services/members', service((token, req) => lti.NamesAndRoles.getMembers(token, {
  role: option(req, 'role'), limit: option(req, 'limit'), pages: req.query.pages ? Number(req.query.pages) : false
})))
lti.app.get('/services/lineitems', service((token, req) => lti.Grade.getLineItems(token, {
  tag: option(req, 'tag'), resourceId: option(req, 'resourceId'), resourceLinkId: req.query.resourceLinkId === 'true'
})))
lti.app.post('/services/lineitems', service((token, req) => lti.Grade.createLineItem(token, req.body,
  { resourceLinkId: req.query.resourceLinkId === 'true' })))
lti.app.get('/services/lineitem', service((token, req) => lti.Grade.getLineItemById(token, req.query.id)))
lti.app.put('/services/lineitem', service((token, req) => lti.Grade.updateLineItemById(token, req.query.id, req.body)))
lti.app.delete('/services/lineitem', service((token, req) => lti.Grade.deleteLineItemById(token, req.query.id)))
lti.app.post('/services/scores', service((token, req) => lti.Grade.submitScore(token, req.query.id, req.body)))
lti.app.get('/services/scores', service((token, req) => lti.Grade.getScores(token, req.query.id,
  { userId: option(req, 'userId') })))

lti.onDeepLinking(async (token, req, res) => {
  const form = await lti.DeepLinking.createDeepLinkingForm(res.locals.token, [{
    type: 'ltiResourceLink',
    title: 'Picked in the tool',
    text: 'A simulation picked in the tool',
    url: process.env.TOOL_URL + '/?picked=1',
    custom: { level: 'two', learner: '$User.id', link: '$ResourceLink.id', course: '$Context.id', full: '$Person.name.full' }
  }], { message: 'picked' })
  return res.send(form)
})

const start = async () => {
  await lti.deploy({ port: Number(env('TOOL_PORT')), silent: true })
  const platformUrl = env('PLATFORM_URL')
  await lti.registerPlatform({
    url: platformUrl,
    name: 'Surgalt',
    clientId: env('CLIENT_ID'),
    authenticationEndpoint: platformUrl + '/lti/authorize',
    accesstokenEndpoint: platformUrl + '/lti/token',
    authConfig: { method: 'JWK_SET', key: platformUrl + '/lti/jwks' }
  })
  console.log('TOOL READY')
}
start().catch((e) => { console.error(e); process.exit(1) })
