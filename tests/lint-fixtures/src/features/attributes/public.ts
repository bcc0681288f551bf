export const attributesSeam = 'what attributes offers other features'
