/*
 * Mode-independent commands of the configuration modes. Every config-mode entry rule
 * includes `| mode_common` as an alternative; the CLI session handles these itself
 * (mode stack, `do`).
 */
parser grammar Common;

mode_common
    : exit_cmd
    | end_cmd
    | do_cmd
    ;

exit_cmd : 'exit' ;

end_cmd : 'end' ;

do_cmd : 'do' exec_command ;
