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
  return res.send(graded + 'TOOL ACCEPTED LAUNCH ' + JSON.stringify({
    user: token.user,
    deployment: token.deploymentId,
    name: token.userInfo.name,
    resourceLink: token.platformContext.resource,
    roles: token.platformContext.roles,
    context: token.platformContext.context,
    targetLinkUri: token.platformContext.targetLinkUri,
    messageType: token.platformContext.messageType
  }))
})

lti.onDeepLinking(async (token, req, res) => {
  const form = await lti.DeepLinking.createDeepLinkingForm(res.locals.token, [{
    type: 'ltiResourceLink', title: 'Picked in the tool', url: process.env.TOOL_URL + '/?picked=1'
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
