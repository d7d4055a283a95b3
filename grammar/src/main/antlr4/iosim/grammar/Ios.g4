/*
 * Root grammar of the IOS command line. The lexer is never run on user input:
 * iosim.grammar.cli.CommandMatcher splits a typed line into words, walks the ATN from a
 * mode's entry rule (see iosim.config.mode.Mode) and hands the parser canonical tokens.
 * Keywords are literals in the imported parser grammars (implicit tokens named by their full
 * spelling); the value tokens below are matched by the CommandMatcher's own patterns:
 *   WORD   any non-blank word
 *   DEC    decimal integer (bounded by a <lo-hi> placeholder in the help file)
 *   IPV4   dotted quad A.B.C.D
 *   IFNUM  interface number: 0, 0/0, 0/0/1, 0/0.10
 *   LINE   the rest of the line, raw, spaces kept (descriptions, remarks, banners, regexes)
 */
grammar Ios;

import Common, Exec, FileSystem, Archive, Capture, Config, System, Interface, Ip, CryptoIkev2, RemoteAccess, CryptoIsakmp, CryptoIpsec, Pki, Line, Ospf;

tokens { WORD, DEC, IPV4, IFNUM, LINE }

WS : [ \t\r\n]+ -> skip ;
