'use strict';

/**
 * Hello World (Node.js). FunctionGraph calls `handler(event, context)`; the resolved value is the result.
 * Try it with a test event such as {"name": "FunctionGraph"}.
 */
exports.handler = async (event, context) => {
  const logger = context.getLogger();
  const name = event && typeof event.name === 'string' ? event.name : 'World';
  logger.info(`request ${context.getRequestID()} for ${name}`);
  return {
    message: `Hello, ${name}!`,
    function: context.getFunctionName(),
    version: context.getVersion(),
    remainingMs: context.getRemainingTimeInMilliSeconds(),
  };
};
