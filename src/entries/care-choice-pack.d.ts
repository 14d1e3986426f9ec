// The words of the language pack being built (scripts/language-pack.ts).
declare module 'virtual:care-choice-pack' {
  const pack: import('../engine/texts/words.js').PackWords;
  export default pack;
}
